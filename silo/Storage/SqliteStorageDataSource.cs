using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace SupportGrains.Silo.Storage;

// The DbDataSource to give Orleans' ADO.NET providers (persistence and reminders) for a SQLite file. Use
// one instance per file and share it between the providers: the single write queue is what keeps writers
// from contending for SQLite's write lock.
public sealed class SqliteStorageDataSource : DbDataSource
{
    public const int DefaultMaxWritesPerCommit = 128;

    private readonly string _connectionString;
    private readonly SqliteWriteQueue _queue;

    public SqliteStorageDataSource(string connectionString, int maxWritesPerCommit = DefaultMaxWritesPerCommit)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        _connectionString = connectionString;
        _queue = new SqliteWriteQueue(connectionString, StorageQueries.WriteTexts(StorageProvider.Sqlite), maxWritesPerCommit);
    }

    public override string ConnectionString => _connectionString;

    // Writes acknowledged and commits made so far; their ratio is the average number of writes per fsync.
    public long Writes => _queue.Writes;

    public long Commits => _queue.Commits;

    protected override DbConnection CreateDbConnection() => new SqliteStorageConnection(_connectionString, _queue);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _queue.Dispose();
        }

        base.Dispose(disposing);
    }

    protected override ValueTask DisposeAsyncCore()
    {
        _queue.Dispose();
        return base.DisposeAsyncCore();
    }
}
