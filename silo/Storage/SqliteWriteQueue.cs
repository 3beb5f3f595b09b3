using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace SupportGrains.Silo.Storage;

// SQLite allows one writer per database file. Instead of letting every caller's connection try for the
// write lock and sleep-retry when it is taken, writes wait in one FIFO queue and a dedicated thread runs
// them on one connection. Writes that are waiting when the thread becomes free are committed together
// (group commit): one transaction, one fsync, and each caller still gets the result of its own statement,
// released only after that commit returned.
internal sealed class SqliteWriteQueue : IDisposable
{
    private readonly BlockingCollection<SqliteWriteRequest> _requests = [];
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);
    private readonly List<SqliteWriteRequest> _batch = [];
    private readonly List<DbDataReader> _batchResults = [];
    private readonly IReadOnlySet<string> _batchableTexts;
    private readonly string _connectionString;
    private readonly int _maxWritesPerCommit;
    private readonly Thread _thread;
    private SqliteConnection? _connection;
    private SqliteCommand? _begin;
    private SqliteCommand? _commit;
    private SqliteCommand? _rollback;
    private long _writes;
    private long _commits;
    private int _disposed;

    public SqliteWriteQueue(string connectionString, IReadOnlySet<string> batchableTexts, int maxWritesPerCommit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxWritesPerCommit, 1);

        // The writer keeps its connection for its whole life; taking it from the pool would only let
        // another caller get the same file handle with a transaction still open on it.
        _connectionString = new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ToString();
        _batchableTexts = batchableTexts;
        _maxWritesPerCommit = maxWritesPerCommit;

        // A thread of its own rather than a pool thread: Microsoft.Data.Sqlite is synchronous, so the writer
        // blocks in fsync most of the time, and that must not take a thread away from the grains.
        _thread = new Thread(Run) { IsBackground = true, Name = "SQLite writer" };
        _thread.Start();
    }

    public long Writes => Interlocked.Read(ref _writes);

    public long Commits => Interlocked.Read(ref _commits);

    public SqliteWriteKind Classify(string? commandText)
    {
        if (string.IsNullOrEmpty(commandText))
        {
            return SqliteWriteKind.None;
        }

        if (_batchableTexts.Contains(commandText))
        {
            return SqliteWriteKind.Batchable;
        }

        return RunsOnCallersConnection(commandText) ? SqliteWriteKind.None : SqliteWriteKind.Serial;
    }

    public Task<DbDataReader> EnqueueAsync(string commandText, SqliteParameter[] parameters, bool batchable, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var request = new SqliteWriteRequest(commandText, parameters, batchable);
        request.CancelWith(cancellationToken);
        try
        {
            _requests.Add(request, CancellationToken.None);
        }
        catch (InvalidOperationException)
        {
            throw new ObjectDisposedException(nameof(SqliteStorageDataSource), "The SQLite data source has been disposed.");
        }

        return request.Completion;
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        // The writer drains what is already queued before it stops, so no accepted write is dropped.
        _requests.CompleteAdding();
        _thread.Join();
        _requests.Dispose();
    }

    // A leading SELECT is a read. A PRAGMA configures the connection it runs on, so it must stay on the
    // caller's. Anything else the queue does not know (WITH, INSERT, a multi-statement script) is treated as
    // a write, which is slower if wrong but never unsafe.
    private static bool RunsOnCallersConnection(string text)
    {
        var span = text.AsSpan();
        while (true)
        {
            span = span.TrimStart();
            if (span.StartsWith("--", StringComparison.Ordinal))
            {
                var end = span.IndexOf('\n');
                span = end < 0 ? [] : span[(end + 1)..];
                continue;
            }

            if (span.StartsWith("/*", StringComparison.Ordinal))
            {
                var end = span.IndexOf("*/", StringComparison.Ordinal);
                span = end < 0 ? [] : span[(end + 2)..];
                continue;
            }

            return StartsWithKeyword(span, "SELECT") || StartsWithKeyword(span, "PRAGMA");
        }
    }

    private static bool StartsWithKeyword(ReadOnlySpan<char> text, string keyword) =>
        text.StartsWith(keyword, StringComparison.OrdinalIgnoreCase)
        && (text.Length == keyword.Length || !char.IsLetterOrDigit(text[keyword.Length]));

    private void Run()
    {
        SqliteWriteRequest? carried = null;
        while (true)
        {
            var first = carried;
            carried = null;
            if (first is null && !TakeNext(out first))
            {
                break;
            }

            _batch.Clear();
            if (first.TryStart())
            {
                _batch.Add(first);
            }

            // Only our own single-statement writes are grouped; a foreign write may open its own transaction.
            if (first.Batchable)
            {
                while (_batch.Count < _maxWritesPerCommit && _requests.TryTake(out var next))
                {
                    if (!next.Batchable)
                    {
                        carried = next;
                        break;
                    }

                    if (next.TryStart())
                    {
                        _batch.Add(next);
                    }
                }
            }

            if (_batch.Count == 1)
            {
                ExecuteAlone(_batch[0]);
            }
            else if (_batch.Count > 1)
            {
                ExecuteTogether();
            }
        }

        DisposeConnection();
    }

    private bool TakeNext(out SqliteWriteRequest request)
    {
        try
        {
            request = _requests.Take();
            return true;
        }
        catch (InvalidOperationException)
        {
            // CompleteAdding was called and the queue is empty.
            request = null!;
            return false;
        }
    }

    private void ExecuteAlone(SqliteWriteRequest request)
    {
        DbDataReader result;
        try
        {
            // Autocommit: the statement's own commit (with its fsync) ends when the reader is read to the end.
            result = Execute(request);
            Interlocked.Increment(ref _commits);
            Interlocked.Increment(ref _writes);
        }
        catch (Exception exception)
        {
            RollBackIfOpen();
            request.Fail(exception);
            return;
        }

        request.Succeed(result);
    }

    private void ExecuteTogether()
    {
        _batchResults.Clear();
        try
        {
            EnsureConnection();
            _begin!.ExecuteNonQuery();
            foreach (var request in _batch)
            {
                _batchResults.Add(Execute(request));
            }

            _commit!.ExecuteNonQuery();
            Interlocked.Increment(ref _commits);
            Interlocked.Add(ref _writes, _batch.Count);
        }
        catch (Exception)
        {
            // Nothing of this batch is committed. Running each write again on its own gives every caller
            // the outcome of its own statement (most succeed; the one that failed fails again by itself).
            RollBackIfOpen();
            foreach (var request in _batch)
            {
                ExecuteAlone(request);
            }

            return;
        }

        for (var i = 0; i < _batch.Count; i++)
        {
            _batch[i].Succeed(_batchResults[i]);
        }
    }

    private BufferedDataReader Execute(SqliteWriteRequest request)
    {
        EnsureConnection();
        if (!_commands.TryGetValue(request.CommandText, out var command))
        {
            // Kept per text so SQLite's prepared statements are reused instead of parsed for every write.
            command = new SqliteCommand(request.CommandText, _connection);
            _commands.Add(request.CommandText, command);
        }

        command.Parameters.Clear();
        command.Parameters.AddRange(request.Parameters);
        try
        {
            using var reader = command.ExecuteReader();
            return BufferedDataReader.Load(reader);
        }
        finally
        {
            command.Parameters.Clear();
        }
    }

    private void EnsureConnection()
    {
        if (_connection is not null)
        {
            return;
        }

        var connection = new SqliteConnection(_connectionString);
        try
        {
            connection.Open();
            SqlitePragmas.Apply(connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }

        _connection = connection;
        _begin = new SqliteCommand("BEGIN IMMEDIATE;", connection);
        _commit = new SqliteCommand("COMMIT;", connection);
        _rollback = new SqliteCommand("ROLLBACK;", connection);
    }

    private void RollBackIfOpen()
    {
        if (_connection is null)
        {
            return;
        }

        try
        {
            // SQLite may already have rolled back on its own (for example after an I/O error).
            if (raw.sqlite3_get_autocommit(_connection.Handle) == 0)
            {
                _rollback!.ExecuteNonQuery();
            }
        }
        catch (SqliteException)
        {
            // A connection that cannot even roll back is replaced on the next write.
            DisposeConnection();
        }
    }

    private void DisposeConnection()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        _commands.Clear();
        _begin?.Dispose();
        _commit?.Dispose();
        _rollback?.Dispose();
        _connection?.Dispose();
        _begin = _commit = _rollback = null;
        _connection = null;
    }
}
