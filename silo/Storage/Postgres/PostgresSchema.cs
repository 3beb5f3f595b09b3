using Npgsql;

namespace SupportGrains.Silo.Storage.Postgres;

/// <summary>
/// The store's schema, created and migrated by the provider itself under an advisory lock, so
/// two processes starting at once don't both migrate.
/// </summary>
internal static class PostgresSchema
{
    private const long MigrationLock = 0x5347_4D49_4752; // "SGMIGR"

    public static string[] Migrations(string schema) =>
    [
        // 1: grain state, keyed by service, grain type, grain key and state name.
        $"""
        CREATE TABLE {schema}.grain_state (
            service_id  text   NOT NULL,
            grain_type  text   NOT NULL,
            grain_key   text   NOT NULL,
            state_name  text   NOT NULL,
            version     bigint NOT NULL,
            payload     jsonb  NOT NULL,
            PRIMARY KEY (service_id, grain_type, grain_key, state_name)
        );
        """,

        // 2: when each state was last written, and persisted reminders.
        $"""
        ALTER TABLE {schema}.grain_state ADD COLUMN modified_at timestamptz NOT NULL DEFAULT now();
        CREATE TABLE {schema}.reminders (
            service_id     text        NOT NULL,
            grain_type     text        NOT NULL,
            grain_key      text        NOT NULL,
            name           text        NOT NULL,
            first_tick_at  timestamptz NOT NULL,
            period_ms      bigint      NOT NULL,
            PRIMARY KEY (service_id, grain_type, grain_key, name)
        );
        """,
    ];

    public static async Task MigrateAsync(NpgsqlDataSource dataSource, string schema, int? upTo = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await ExecuteAsync(connection, null, $"SELECT pg_advisory_lock({MigrationLock})", cancellationToken);
        try
        {
            await ExecuteAsync(connection, null, $"CREATE SCHEMA IF NOT EXISTS {schema}", cancellationToken);
            await ExecuteAsync(connection, null, $"CREATE TABLE IF NOT EXISTS {schema}.schema_version (version integer NOT NULL)", cancellationToken);
            var migrations = Migrations(schema);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var current = await CurrentVersionAsync(connection, transaction, schema, cancellationToken);
            for (var version = current + 1; version <= (upTo ?? migrations.Length); version++)
            {
                await ExecuteAsync(connection, transaction, migrations[version - 1], cancellationToken);
                await ExecuteAsync(connection, transaction, $"DELETE FROM {schema}.schema_version; INSERT INTO {schema}.schema_version VALUES ({version})", cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            await ExecuteAsync(connection, null, $"SELECT pg_advisory_unlock({MigrationLock})", CancellationToken.None);
        }
    }

    public static async Task<int> CurrentVersionAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string schema, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT coalesce(max(version), 0) FROM {schema}.schema_version", connection, transaction);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
