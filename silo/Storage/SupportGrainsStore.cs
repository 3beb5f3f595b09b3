using System.Data.Common;
using Microsoft.Data.Sqlite;
using SupportGrains.Silo.Hosting;

namespace SupportGrains.Silo.Storage;

/// <summary>
/// The store the settings name: one data source for the grains' state, reminders, clustering and
/// the audit trail (one per SQLite file, so its single write queue serves them all). Owned by the
/// host's services, which dispose it after the host has stopped.
/// </summary>
public sealed class SupportGrainsStore : IAsyncDisposable
{
    private SupportGrainsStore(StorageProvider provider, DbDataSource dataSource, string postgresSchema, string where)
    {
        Provider = provider;
        DataSource = dataSource;
        PostgresSchema = postgresSchema;
        Where = where;
    }

    public StorageProvider Provider { get; }

    public DbDataSource DataSource { get; }

    public string PostgresSchema { get; }

    /// <summary>The store in words, for logs and health checks (the SQLite file, or the PostgreSQL host and schema; never a password).</summary>
    public string Where { get; }

    public static SupportGrainsStore Open(SiloSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.IsPostgres)
        {
            var builder = new Npgsql.NpgsqlConnectionStringBuilder(settings.PostgresConnectionString);
            return new SupportGrainsStore(StorageProvider.Postgres, PostgresStorageDataSource.Create(settings.PostgresConnectionString!, settings.PostgresSchema),
                settings.PostgresSchema, $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database}, schema {settings.PostgresSchema}");
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(settings.SqlitePath));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        var connectionString = new SqliteConnectionStringBuilder { DataSource = settings.SqlitePath, Pooling = true }.ToString();
        return new SupportGrainsStore(StorageProvider.Sqlite, new SqliteStorageDataSource(connectionString), StorageSchema.DefaultPostgresSchema, $"SQLite {settings.SqlitePath}");
    }

    public async Task PingAsync(CancellationToken cancellationToken)
    {
        await using var command = DataSource.CreateCommand("SELECT 1;");
        await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Answers once the store has durably taken a write, made by the same path as the grains'
    /// writes (for SQLite, its write queue): a read alone still answers from a file that can no
    /// longer be written. The newest row of our migrations table is changed and changed back in
    /// one transaction, so no reader ever sees a difference (a write of an unchanged value would
    /// not do: SQLite skips it without touching the file).
    /// </summary>
    public async Task WriteProbeAsync(CancellationToken cancellationToken)
    {
        const string Newest = "version = (SELECT MAX(version) FROM supportgrains_schema)";
        var text = Provider == StorageProvider.Postgres
            ? $"UPDATE supportgrains_schema SET applied_at = applied_at WHERE {Newest};"
            : $"BEGIN IMMEDIATE; UPDATE supportgrains_schema SET applied_at = applied_at || ' ' WHERE {Newest}; UPDATE supportgrains_schema SET applied_at = rtrim(applied_at, ' ') WHERE {Newest}; COMMIT;";
        await using var command = DataSource.CreateCommand(text);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public ValueTask DisposeAsync() => DataSource.DisposeAsync();
}
