using System.Diagnostics.Metrics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace SupportGrains.Silo.Storage.Sqlite;

/// <summary>
/// The embedded default store: one SQLite file in WAL mode with synchronous=FULL, so a write is
/// acknowledged only once it is on disk. Writes go through a group commit on one writer
/// connection; reads use their own pooled connections beside it. State is plain JSON text:
/// <c>sqlite3 file "select payload from grain_state"</c> shows it.
/// </summary>
public sealed class SqliteGrainStorage : IGrainStorage, IReminderTable, IAsyncDisposable
{
    private readonly string _connectionString;
    private readonly Lazy<Task> _ready;
    private readonly GroupCommit _writes;
    private readonly Meter _meter = new("SupportGrains.Silo.Storage");
    private SqliteConnection? _writer;
    private int _disposed;

    public SqliteGrainStorage(SqliteStorageOptions options, ILogger<SqliteGrainStorage>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        var folder = Path.GetDirectoryName(Path.GetFullPath(options.DatabasePath));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = options.DatabasePath,
            Pooling = true,
            DefaultTimeout = (int)options.BusyTimeout.TotalSeconds,
        }.ToString();
        _ready = new Lazy<Task>(() => Task.Run(Open));
        _writes = new GroupCommit("sqlite", CommitAsync, (ILogger?)logger ?? NullLogger.Instance, _meter);
    }

    public SqliteStorageOptions Options { get; }

    /// <summary>Opens the file, switches it to WAL and migrates its schema (done once; safe to call again).</summary>
    public Task InitializeAsync() => _ready.Value;

    public async ValueTask<StoredState?> ReadAsync(GrainStateKey key, CancellationToken cancellationToken)
    {
        await InitializeAsync();
        await using var connection = await OpenReaderAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT version, payload FROM grain_state
            WHERE service_id = $service AND grain_type = $type AND grain_key = $key AND state_name = $state
            """;
        AddKey(command, key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new StoredState(reader.GetString(1), reader.GetInt64(0).ToString(CultureInfo.InvariantCulture))
            : null;
    }

    public async ValueTask<string> WriteAsync(GrainStateKey key, string json, string? expectedEtag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(json);
        await InitializeAsync();
        return (await _writes.SubmitAsync(new StateWrite(key, json, expectedEtag)))!;
    }

    public async ValueTask ClearAsync(GrainStateKey key, string? expectedEtag, CancellationToken cancellationToken)
    {
        await InitializeAsync();
        await _writes.SubmitAsync(new StateClear(key, expectedEtag));
    }

    public async ValueTask<IReadOnlyList<ReminderEntry>> ReadAllAsync(string serviceId, CancellationToken cancellationToken)
    {
        await InitializeAsync();
        await using var connection = await OpenReaderAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT grain_type, grain_key, name, first_tick_at, period_ms FROM reminders WHERE service_id = $service";
        command.Parameters.AddWithValue("$service", serviceId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var entries = new List<ReminderEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new ReminderEntry(serviceId, reader.GetString(0), reader.GetString(1), reader.GetString(2),
                DateTimeOffset.Parse(reader.GetString(3), CultureInfo.InvariantCulture), TimeSpan.FromMilliseconds(reader.GetInt64(4))));
        }

        return entries;
    }

    public async ValueTask UpsertAsync(ReminderEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await InitializeAsync();
        await _writes.SubmitAsync(new ReminderUpsert(entry));
    }

    public async ValueTask RemoveAsync(string serviceId, string grainType, string grainKey, string name, CancellationToken cancellationToken)
    {
        await InitializeAsync();
        await _writes.SubmitAsync(new ReminderRemove(serviceId, grainType, grainKey, name));
    }

    /// <summary>Checks the file answers a query (for health checks).</summary>
    public async Task<bool> PingAsync(CancellationToken cancellationToken)
    {
        await InitializeAsync();
        await using var connection = await OpenReaderAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM schema_version";
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) >= 0;
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _writes.DisposeAsync();
        if (_writer is not null)
        {
            await _writer.DisposeAsync();
        }

        SqliteConnection.ClearPool(new SqliteConnection(_connectionString));
        _meter.Dispose();
    }

    private void Open()
    {
        var writer = new SqliteConnection(_connectionString);
        writer.Open();
        Pragma(writer, "journal_mode = WAL");
        Pragma(writer, "synchronous = FULL");
        SqliteSchema.Migrate(writer);
        _writer = writer;
    }

    private async Task<SqliteConnection> OpenReaderAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    private Task CommitAsync(IReadOnlyList<StorageOperation> batch, CancellationToken cancellationToken)
    {
        var writer = _writer ?? throw new InvalidOperationException("The SQLite store is not open.");
        using var transaction = writer.BeginTransaction(deferred: false);
        foreach (var operation in batch)
        {
            Apply(writer, transaction, operation);
        }

        transaction.Commit();
        return Task.CompletedTask;
    }

    private static void Apply(SqliteConnection writer, SqliteTransaction transaction, StorageOperation operation)
    {
        using var command = writer.CreateCommand();
        command.Transaction = transaction;
        switch (operation)
        {
            case StateWrite write:
                command.CommandText = write.ExpectedVersion is null
                    ? """
                      INSERT INTO grain_state (service_id, grain_type, grain_key, state_name, version, payload, modified_at)
                      VALUES ($service, $type, $key, $state, 1, $payload, $now)
                      ON CONFLICT DO NOTHING
                      """
                    : """
                      UPDATE grain_state SET version = version + 1, payload = $payload, modified_at = $now
                      WHERE service_id = $service AND grain_type = $type AND grain_key = $key AND state_name = $state AND version = $version
                      """;
                AddKey(command, write.Key);
                command.Parameters.AddWithValue("$payload", write.Json);
                command.Parameters.AddWithValue("$now", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
                command.Parameters.AddWithValue("$version", write.ExpectedVersion ?? 0);
                write.Changed(command.ExecuteNonQuery());
                break;

            case StateClear clear:
                command.CommandText = clear.ExpectedVersion is null
                    ? "SELECT count(*) FROM grain_state WHERE service_id = $service AND grain_type = $type AND grain_key = $key AND state_name = $state"
                    : "DELETE FROM grain_state WHERE service_id = $service AND grain_type = $type AND grain_key = $key AND state_name = $state AND version = $version";
                AddKey(command, clear.Key);
                command.Parameters.AddWithValue("$version", clear.ExpectedVersion ?? 0);
                if (clear.ExpectedVersion is null)
                {
                    clear.Changed(0, recordRemains: Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) > 0);
                }
                else
                {
                    clear.Changed(command.ExecuteNonQuery(), recordRemains: false);
                }

                break;

            case ReminderUpsert upsert:
                command.CommandText = """
                    INSERT INTO reminders (service_id, grain_type, grain_key, name, first_tick_at, period_ms)
                    VALUES ($service, $type, $key, $name, $first, $period)
                    ON CONFLICT (service_id, grain_type, grain_key, name) DO UPDATE SET first_tick_at = excluded.first_tick_at, period_ms = excluded.period_ms
                    """;
                command.Parameters.AddWithValue("$service", upsert.Entry.ServiceId);
                command.Parameters.AddWithValue("$type", upsert.Entry.GrainType);
                command.Parameters.AddWithValue("$key", upsert.Entry.GrainKey);
                command.Parameters.AddWithValue("$name", upsert.Entry.Name);
                command.Parameters.AddWithValue("$first", upsert.Entry.FirstTickAt.ToString("O", CultureInfo.InvariantCulture));
                command.Parameters.AddWithValue("$period", (long)upsert.Entry.Period.TotalMilliseconds);
                command.ExecuteNonQuery();
                upsert.Succeeded(null);
                break;

            case ReminderRemove remove:
                command.CommandText = "DELETE FROM reminders WHERE service_id = $service AND grain_type = $type AND grain_key = $key AND name = $name";
                command.Parameters.AddWithValue("$service", remove.ServiceId);
                command.Parameters.AddWithValue("$type", remove.GrainType);
                command.Parameters.AddWithValue("$key", remove.GrainKey);
                command.Parameters.AddWithValue("$name", remove.Name);
                command.ExecuteNonQuery();
                remove.Succeeded(null);
                break;
        }
    }

    private static void AddKey(SqliteCommand command, GrainStateKey key)
    {
        command.Parameters.AddWithValue("$service", key.ServiceId);
        command.Parameters.AddWithValue("$type", key.GrainType);
        command.Parameters.AddWithValue("$key", key.GrainKey);
        command.Parameters.AddWithValue("$state", key.StateName);
    }

    private static void Pragma(SqliteConnection connection, string pragma)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA " + pragma;
        command.ExecuteNonQuery();
    }
}
