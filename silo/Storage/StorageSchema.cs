using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace SupportGrains.Silo.Storage;

// Creates or upgrades the storage schema and rewrites the OrleansQuery rows. It must finish before any
// Orleans ADO.NET provider initialises, because those read OrleansQuery once at start-up.
public sealed partial class StorageSchema
{
    public const string DefaultPostgresSchema = "supportgrains";

    private const string VersionTable = "supportgrains_schema";

    private static readonly StorageMigration[] _sqliteMigrations =
    [
        new(1, ["V1.OrleansQuery.sql", "V1.Persistence.sql", "V1.Reminders.sql"]),
        new(2, ["V2.Audit.sql"]),
    ];

    private static readonly StorageMigration[] _postgresMigrations =
    [
        new(1, ["V1.OrleansQuery.sql", "V1.Persistence.sql", "V1.Reminders.sql", "V1.Clustering.sql"]),
        new(2, ["V2.Audit.sql"]),
    ];

    // Tables our migrations create; finding one of them without our version table means someone else made it.
    private static readonly string[] _ownTables =
        ["orleansquery", "orleans_storage", "orleans_reminders", "orleans_membership", "orleans_membership_version", "audit_entries"];

    // Tables of the runtime SupportGrains used before Orleans; their data cannot be read by Orleans' providers.
    private static readonly string[] _sqliteOldTables = ["grain_state", "reminders"];
    private static readonly string[] _postgresOldTables = ["grain_state"];

    private readonly StorageProvider _provider;
    private readonly DbDataSource _dataSource;
    private readonly string _postgresSchema;
    private readonly ILogger _logger;

    public StorageSchema(StorageProvider provider, DbDataSource dataSource, string postgresSchema = DefaultPostgresSchema, ILogger<StorageSchema>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        if (provider == StorageProvider.Postgres && !IsPlainSchemaName(postgresSchema))
        {
            // Lower-case plain names need no quoting, so the same spelling works in DDL, in search_path and in queries.
            throw new ArgumentException($"PostgreSQL schema name '{postgresSchema}' must match [a-z_][a-z0-9_]* (at most 63 characters).", nameof(postgresSchema));
        }

        _provider = provider;
        _dataSource = dataSource;
        _postgresSchema = postgresSchema;
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    public async Task ApplyAsync(CancellationToken cancellationToken = default)
    {
        await using (var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false))
        {
            if (_provider == StorageProvider.Sqlite)
            {
                await ApplySqliteAsync(connection, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await ApplyPostgresAsync(connection, cancellationToken).ConfigureAwait(false);
            }
        }

        if (_provider == StorageProvider.Postgres)
        {
            await VerifyPostgresSearchPathAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    internal static bool IsPlainSchemaName(string name) => PlainSchemaName().IsMatch(name);

    private async Task ApplySqliteAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        if (connection is not SqliteConnection sqlite)
        {
            throw new ArgumentException($"The data source for {StorageProvider.Sqlite} must create Microsoft.Data.Sqlite connections, not {connection.GetType().FullName}.");
        }

        // WAL cannot be switched on inside a transaction; the setting is stored in the file, so this is a no-op after the first run.
        await ExecuteAsync(connection, null, "PRAGMA journal_mode = WAL;", cancellationToken).ConfigureAwait(false);

        // BEGIN IMMEDIATE takes the write lock up front, so a second process starting at the same time waits
        // (busy_timeout) and then finds the work done instead of racing through the same migrations.
        await using var transaction = sqlite.BeginTransaction(deferred: false);
        var tables = await ReadNamesAsync(connection, transaction, "SELECT lower(name) FROM sqlite_master WHERE type = 'table';", cancellationToken).ConfigureAwait(false);
        var where = $"SQLite database '{sqlite.DataSource}'";
        await ApplyInTransactionAsync(connection, transaction, tables, _sqliteOldTables, _sqliteMigrations, where, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task ApplyPostgresAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken).ConfigureAwait(false);

        // The advisory lock serialises set-up across processes; it is released by the commit or rollback.
        // It is taken before CREATE SCHEMA because even IF NOT EXISTS can fail when two sessions race.
        await ExecuteAsync(connection, transaction, "SELECT pg_advisory_xact_lock(hashtextextended(@lockName, 0));", cancellationToken, ("lockName", $"supportgrains.schema.{_postgresSchema}")).ConfigureAwait(false);
        await ExecuteAsync(connection, transaction, $"CREATE SCHEMA IF NOT EXISTS {_postgresSchema}; SET LOCAL search_path TO {_postgresSchema};", cancellationToken).ConfigureAwait(false);
        var tables = await ReadNamesAsync(connection, transaction, $"SELECT lower(tablename) FROM pg_tables WHERE schemaname = '{_postgresSchema}';", cancellationToken).ConfigureAwait(false);
        var where = $"PostgreSQL schema '{_postgresSchema}' in database '{connection.Database}'";
        await ApplyInTransactionAsync(connection, transaction, tables, _postgresOldTables, _postgresMigrations, where, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task ApplyInTransactionAsync(
        DbConnection connection,
        DbTransaction transaction,
        IReadOnlySet<string> tables,
        string[] oldTables,
        StorageMigration[] migrations,
        string where,
        CancellationToken cancellationToken)
    {
        if (!tables.Contains(VersionTable))
        {
            var foundOld = oldTables.Where(tables.Contains).ToArray();
            if (foundOld.Length > 0)
            {
                throw new IncompatibleDatabaseException(
                    $"The {where} holds data of the previous SupportGrains runtime (table {string.Join(", ", foundOld)}) and no SupportGrains Orleans schema. " +
                    "That data cannot be carried over to the Orleans-based runtime. " +
                    (_provider == StorageProvider.Sqlite
                        ? "Move the database file aside (with its -wal and -shm files) or point the connection string at a new file, then start again."
                        : "Configure a schema name that does not exist yet, or use a new database (or drop the old schema once it is backed up), then start again."));
            }

            var foundForeign = _ownTables.Where(tables.Contains).ToArray();
            if (foundForeign.Length > 0)
            {
                throw new IncompatibleDatabaseException(
                    $"The {where} already has table {string.Join(", ", foundForeign)} but no {VersionTable} table, so it was not set up by SupportGrains " +
                    "(perhaps by Orleans' own scripts). Refusing to reuse it: use a new database" +
                    (_provider == StorageProvider.Postgres ? " or schema." : " file."));
            }

            await ExecuteAsync(connection, transaction, SqlScripts.Read(_provider, "SchemaVersionTable.sql"), cancellationToken).ConfigureAwait(false);
        }

        var applied = (await ReadNamesAsync(connection, transaction, $"SELECT version FROM {VersionTable};", cancellationToken).ConfigureAwait(false))
            .Select(value => int.Parse(value, CultureInfo.InvariantCulture))
            .ToHashSet();
        var latest = migrations[^1].Version;
        var newest = applied.Count == 0 ? 0 : applied.Max();
        if (newest > latest)
        {
            throw new IncompatibleDatabaseException(
                $"The {where} is at schema version {newest}, newer than this build knows ({latest}). Run a build at least as new as the one that upgraded it.");
        }

        foreach (var migration in migrations.Where(migration => !applied.Contains(migration.Version)))
        {
            foreach (var script in migration.Scripts)
            {
                await ExecuteAsync(connection, transaction, SqlScripts.Read(_provider, script), cancellationToken).ConfigureAwait(false);
            }

            await ExecuteAsync(
                connection,
                transaction,
                _provider == StorageProvider.Sqlite
                    ? $"INSERT INTO {VersionTable} (version, applied_at) VALUES (@version, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));"
                    : $"INSERT INTO {VersionTable} (version, applied_at) VALUES (@version, now());",
                cancellationToken,
                ("version", migration.Version)).ConfigureAwait(false);
            LogMigrationApplied(_logger, migration.Version, where);
        }

        // The texts are rewritten on every start so a build with changed queries takes effect without a
        // migration; in the same transaction, so a provider never reads half of the old and half of the new set.
        await ExecuteAsync(connection, transaction, "DELETE FROM OrleansQuery;", cancellationToken).ConfigureAwait(false);
        var queries = StorageQueries.For(_provider);
        foreach (var query in queries)
        {
            await ExecuteAsync(
                connection,
                transaction,
                "INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES (@key, @text);",
                cancellationToken,
                ("key", query.Key),
                ("text", query.Value)).ConfigureAwait(false);
        }

        LogSchemaReady(_logger, where, latest, queries.Count);
    }

    private async Task VerifyPostgresSearchPathAsync(CancellationToken cancellationToken)
    {
        // Orleans runs the unqualified "SELECT ... FROM OrleansQuery" on the data source's own connections, so
        // those (not just our set-up transaction) must resolve it to the configured schema.
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var resolved = await ReadNamesAsync(
            connection,
            null,
            "SELECT n.nspname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = to_regclass('OrleansQuery');",
            cancellationToken).ConfigureAwait(false);
        if (!resolved.Contains(_postgresSchema))
        {
            throw new InvalidOperationException(
                $"Connections from the configured data source resolve OrleansQuery to schema '{resolved.FirstOrDefault() ?? "(none)"}', not '{_postgresSchema}'. " +
                $"Add 'Search Path={_postgresSchema}' to the connection string (PostgresStorageDataSource.Create does this).");
        }
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var command = CreateCommand(connection, transaction, sql, parameters);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<IReadOnlySet<string>> ReadNamesAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = CreateCommand(connection, transaction, sql, []);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var names = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            names.Add(Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture)!);
        }

        return names;
    }

    private static DbCommand CreateCommand(DbConnection connection, DbTransaction? transaction, string sql, (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$")]
    private static partial Regex PlainSchemaName();

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied storage schema migration {Version} to the {Where}.")]
    private static partial void LogMigrationApplied(ILogger logger, int version, string where);

    [LoggerMessage(Level = LogLevel.Information, Message = "Storage schema of the {Where} is at version {Version}; {QueryCount} Orleans queries written.")]
    private static partial void LogSchemaReady(ILogger logger, string where, int version, int queryCount);
}
