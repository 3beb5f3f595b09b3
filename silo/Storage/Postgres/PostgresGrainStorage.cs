using System.Diagnostics.Metrics;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using NpgsqlTypes;

namespace SupportGrains.Silo.Storage.Postgres;

/// <summary>
/// The production store. Writes go through a group commit: everything pending is sent as one
/// NpgsqlBatch (one round trip, one transaction, one WAL flush) and each caller is answered once
/// it has committed. State is jsonb: <c>select payload from supportgrains.grain_state</c> in psql.
/// </summary>
public sealed partial class PostgresGrainStorage : IGrainStorage, IReminderTable, IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly string _schema;
    private readonly Lazy<Task> _ready;
    private readonly GroupCommit _writes;
    private readonly Meter _meter = new("SupportGrains.Silo.Storage");
    private NpgsqlConnection? _writer;
    private int _disposed;

    public PostgresGrainStorage(PostgresStorageOptions options, ILogger<PostgresGrainStorage>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!SchemaName().IsMatch(options.Schema))
        {
            throw new ArgumentException($"\"{options.Schema}\" is not a plain lower-case schema name.", nameof(options));
        }

        Options = options;
        _schema = options.Schema;
        _dataSource = NpgsqlDataSource.Create(options.ConnectionString);
        _ready = new Lazy<Task>(() => PostgresSchema.MigrateAsync(_dataSource, _schema));
        _writes = new GroupCommit("postgres", CommitAsync, (ILogger?)logger ?? NullLogger.Instance, _meter);
    }

    public PostgresStorageOptions Options { get; }

    /// <summary>Creates or migrates the schema (done once; safe to call again).</summary>
    public Task InitializeAsync() => _ready.Value;

    public async ValueTask<StoredState?> ReadAsync(GrainStateKey key, CancellationToken cancellationToken)
    {
        await InitializeAsync();
        await using var command = _dataSource.CreateCommand(
            $"SELECT version, payload::text FROM {_schema}.grain_state WHERE service_id = $1 AND grain_type = $2 AND grain_key = $3 AND state_name = $4");
        AddKey(command.Parameters, key);
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
        await using var command = _dataSource.CreateCommand(
            $"SELECT grain_type, grain_key, name, first_tick_at, period_ms FROM {_schema}.reminders WHERE service_id = $1");
        command.Parameters.AddWithValue(serviceId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var entries = new List<ReminderEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new ReminderEntry(serviceId, reader.GetString(0), reader.GetString(1), reader.GetString(2),
                reader.GetFieldValue<DateTimeOffset>(3), TimeSpan.FromMilliseconds(reader.GetInt64(4))));
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

    /// <summary>Checks the server answers a query (for health checks).</summary>
    public async Task<bool> PingAsync(CancellationToken cancellationToken)
    {
        await InitializeAsync();
        await using var command = _dataSource.CreateCommand($"SELECT count(*) FROM {_schema}.schema_version");
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

        await _dataSource.DisposeAsync();
        _meter.Dispose();
    }

    private async Task CommitAsync(IReadOnlyList<StorageOperation> batch, CancellationToken cancellationToken)
    {
        _writer ??= await _dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            // One batch is one implicit transaction: all of it commits, or none of it.
            await using var commands = new NpgsqlBatch(_writer);
            foreach (var operation in batch)
            {
                commands.BatchCommands.Add(ToCommand(operation));
            }

            await commands.ExecuteNonQueryAsync(cancellationToken);
            for (var i = 0; i < batch.Count; i++)
            {
                Record(batch[i], commands.BatchCommands[i].RecordsAffected);
            }
        }
        catch
        {
            // The connection may be broken: the next batch opens a fresh one.
            await _writer.DisposeAsync();
            _writer = null;
            throw;
        }
    }

    private NpgsqlBatchCommand ToCommand(StorageOperation operation)
    {
        switch (operation)
        {
            case StateWrite write:
            {
                var command = new NpgsqlBatchCommand(write.ExpectedVersion is null
                    ? $"""
                      INSERT INTO {_schema}.grain_state (service_id, grain_type, grain_key, state_name, version, payload, modified_at)
                      VALUES ($1, $2, $3, $4, 1, $5, now()) ON CONFLICT DO NOTHING
                      """
                    : $"""
                      UPDATE {_schema}.grain_state SET version = version + 1, payload = $5, modified_at = now()
                      WHERE service_id = $1 AND grain_type = $2 AND grain_key = $3 AND state_name = $4 AND version = $6
                      """);
                AddKey(command.Parameters, write.Key);
                command.Parameters.Add(new NpgsqlParameter { Value = write.Json, NpgsqlDbType = NpgsqlDbType.Jsonb });
                if (write.ExpectedVersion is { } version)
                {
                    command.Parameters.AddWithValue(version);
                }

                return command;
            }

            case StateClear clear:
            {
                // Without an expected version nothing may be stored: a no-op update counts the record.
                var command = new NpgsqlBatchCommand(clear.ExpectedVersion is null
                    ? $"UPDATE {_schema}.grain_state SET version = version WHERE service_id = $1 AND grain_type = $2 AND grain_key = $3 AND state_name = $4"
                    : $"DELETE FROM {_schema}.grain_state WHERE service_id = $1 AND grain_type = $2 AND grain_key = $3 AND state_name = $4 AND version = $5");
                AddKey(command.Parameters, clear.Key);
                if (clear.ExpectedVersion is { } version)
                {
                    command.Parameters.AddWithValue(version);
                }

                return command;
            }

            case ReminderUpsert upsert:
            {
                var command = new NpgsqlBatchCommand($"""
                    INSERT INTO {_schema}.reminders (service_id, grain_type, grain_key, name, first_tick_at, period_ms)
                    VALUES ($1, $2, $3, $4, $5, $6)
                    ON CONFLICT (service_id, grain_type, grain_key, name) DO UPDATE SET first_tick_at = excluded.first_tick_at, period_ms = excluded.period_ms
                    """);
                var entry = upsert.Entry;
                command.Parameters.AddWithValue(entry.ServiceId);
                command.Parameters.AddWithValue(entry.GrainType);
                command.Parameters.AddWithValue(entry.GrainKey);
                command.Parameters.AddWithValue(entry.Name);
                command.Parameters.AddWithValue(entry.FirstTickAt.ToUniversalTime());
                command.Parameters.AddWithValue((long)entry.Period.TotalMilliseconds);
                return command;
            }

            case ReminderRemove remove:
            {
                var command = new NpgsqlBatchCommand($"DELETE FROM {_schema}.reminders WHERE service_id = $1 AND grain_type = $2 AND grain_key = $3 AND name = $4");
                command.Parameters.AddWithValue(remove.ServiceId);
                command.Parameters.AddWithValue(remove.GrainType);
                command.Parameters.AddWithValue(remove.GrainKey);
                command.Parameters.AddWithValue(remove.Name);
                return command;
            }

            default:
                throw new ArgumentOutOfRangeException(nameof(operation), operation.GetType().Name, "Unknown storage operation.");
        }
    }

    private static void Record(StorageOperation operation, int rows)
    {
        switch (operation)
        {
            case StateWrite write:
                write.Changed(rows);
                break;
            case StateClear clear:
                clear.Changed(rows, recordRemains: clear.ExpectedVersion is null && rows > 0);
                break;
            default:
                operation.Succeeded(null);
                break;
        }
    }

    private static void AddKey(NpgsqlParameterCollection parameters, GrainStateKey key)
    {
        parameters.AddWithValue(key.ServiceId);
        parameters.AddWithValue(key.GrainType);
        parameters.AddWithValue(key.GrainKey);
        parameters.AddWithValue(key.StateName);
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$")]
    private static partial Regex SchemaName();
}
