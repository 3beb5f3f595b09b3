using Microsoft.Data.Sqlite;

namespace SupportGrains.Silo.Storage.Sqlite;

/// <summary>
/// The store's schema, created and migrated by the provider itself: ordered steps, each applied
/// once, recorded in schema_version. Opening an older file upgrades it.
/// </summary>
internal static class SqliteSchema
{
    public static readonly string[] Migrations =
    [
        // 1: grain state, keyed by service, grain type, grain key and state name.
        """
        CREATE TABLE grain_state (
            service_id  TEXT    NOT NULL,
            grain_type  TEXT    NOT NULL,
            grain_key   TEXT    NOT NULL,
            state_name  TEXT    NOT NULL,
            version     INTEGER NOT NULL,
            payload     TEXT    NOT NULL,
            PRIMARY KEY (service_id, grain_type, grain_key, state_name)
        ) WITHOUT ROWID;
        """,

        // 2: when each state was last written, and persisted reminders.
        """
        ALTER TABLE grain_state ADD COLUMN modified_at TEXT NOT NULL DEFAULT '';
        CREATE TABLE reminders (
            service_id     TEXT    NOT NULL,
            grain_type     TEXT    NOT NULL,
            grain_key      TEXT    NOT NULL,
            name           TEXT    NOT NULL,
            first_tick_at  TEXT    NOT NULL,
            period_ms      INTEGER NOT NULL,
            PRIMARY KEY (service_id, grain_type, grain_key, name)
        ) WITHOUT ROWID;
        """,
    ];

    public static int Latest => Migrations.Length;

    /// <summary>Applies every migration newer than the file's version, up to <paramref name="upTo"/>.</summary>
    public static void Migrate(SqliteConnection connection, int? upTo = null)
    {
        Execute(connection, null, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
        using var transaction = connection.BeginTransaction(deferred: false);
        var current = CurrentVersion(connection, transaction);
        for (var version = current + 1; version <= (upTo ?? Latest); version++)
        {
            Execute(connection, transaction, Migrations[version - 1]);
            Execute(connection, transaction, "DELETE FROM schema_version");
            Execute(connection, transaction, $"INSERT INTO schema_version (version) VALUES ({version})");
        }

        transaction.Commit();
    }

    public static int CurrentVersion(SqliteConnection connection, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT coalesce(max(version), 0) FROM schema_version";
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
