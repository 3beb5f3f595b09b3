using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace SupportGrains.Api.Operations;

/// <summary>
/// Backing up and restoring the SQLite store. A backup is <c>VACUUM INTO</c> a new file: it reads the
/// database inside one read transaction, so it is a consistent snapshot even while the app writes (WAL
/// lets readers and the writer go on side by side), and it is written under a temporary name and renamed
/// only once complete and checked. A restore copies a checked backup into the store with SQLite's backup
/// API, which writes the whole database in one go and deals with the WAL itself.
/// </summary>
internal static class SqliteBackup
{
    public static async Task<string> BackUpAsync(string database, string backup)
    {
        if (!File.Exists(database))
        {
            throw new InvalidOperationException($"There is no SQLite store at {database}.");
        }

        if (File.Exists(backup))
        {
            throw new InvalidOperationException($"{backup} exists already: name a new file.");
        }

        var started = Stopwatch.GetTimestamp();
        var partial = backup + ".partial";
        File.Delete(partial);
        await using (var source = Open(database, SqliteOpenMode.ReadOnly))
        {
            await using var vacuum = source.CreateCommand();
            vacuum.CommandText = "VACUUM INTO @file;";
            vacuum.Parameters.AddWithValue("@file", partial);
            await vacuum.ExecuteNonQueryAsync();
        }

        var counts = await CheckAsync(partial);
        File.Move(partial, backup);
        return $"Backed up the SQLite store {database} to {backup}: {counts} ({new FileInfo(backup).Length / 1024.0:0} KiB, {Stopwatch.GetElapsedTime(started).TotalSeconds:0.0} s).";
    }

    public static async Task<string> RestoreAsync(string backup, string database, bool replace)
    {
        if (!File.Exists(backup))
        {
            throw new InvalidOperationException($"There is no backup at {backup}.");
        }

        var counts = await CheckAsync(backup);
        Directory.CreateDirectory(Path.GetDirectoryName(database)!);
        await using (var target = Open(database, SqliteOpenMode.ReadWriteCreate))
        {
            if (!replace && await HoldsDataAsync(target))
            {
                throw new InvalidOperationException($"The SQLite store {database} holds data: restore into a new (or deleted) file, or add --replace to write over it (stop the app first).");
            }

            await using var source = Open(backup, SqliteOpenMode.ReadOnly);
            source.BackupDatabase(target);
        }

        SqliteConnection.ClearAllPools();
        return $"Restored {backup} into the SQLite store {database}: {counts}. Start the app.";
    }

    /// <summary>Refuses a file that is not a sound SupportGrains store; answers what it holds.</summary>
    private static async Task<string> CheckAsync(string file)
    {
        await using var connection = Open(file, SqliteOpenMode.ReadOnly);
        var integrity = (string?)await Scalar(connection, "PRAGMA integrity_check;");
        if (integrity != "ok")
        {
            throw new InvalidOperationException($"{file} is damaged: {integrity}.");
        }

        if (await Scalar(connection, "SELECT count(*) FROM sqlite_master WHERE name = 'supportgrains_schema';") is not 1L)
        {
            throw new InvalidOperationException($"{file} is not a SupportGrains store (it has no supportgrains_schema table).");
        }

        var version = await Scalar(connection, "SELECT max(version) FROM supportgrains_schema;");
        var states = await Scalar(connection, "SELECT count(*) FROM orleans_storage WHERE payload IS NOT NULL;");
        var audit = await Scalar(connection, "SELECT count(*) FROM audit_entries;");
        var reminders = await Scalar(connection, "SELECT count(*) FROM orleans_reminders;");
        return $"schema version {version}, {states} grain states, {audit} audit entries, {reminders} reminders";
    }

    private static async Task<bool> HoldsDataAsync(SqliteConnection connection) =>
        await Scalar(connection, "SELECT count(*) FROM sqlite_master WHERE type = 'table';") is long tables && tables > 0;

    private static SqliteConnection Open(string file, SqliteOpenMode mode)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = mode, Pooling = false }.ToString());
        connection.Open();
        using var wait = connection.CreateCommand();
        wait.CommandText = "PRAGMA busy_timeout = 10000;";
        wait.ExecuteNonQuery();
        return connection;
    }

    private static async Task<object?> Scalar(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
