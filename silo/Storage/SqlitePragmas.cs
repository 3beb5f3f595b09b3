using Microsoft.Data.Sqlite;

namespace SupportGrains.Silo.Storage;

internal static class SqlitePragmas
{
    // journal_mode = WAL: readers keep reading a snapshot while the single writer commits, and a commit
    //   costs one fsync of the WAL instead of the rollback journal's several.
    // synchronous = FULL: in WAL mode only FULL syncs the WAL at every commit, so a write is on disk when it
    //   is acknowledged. NORMAL would lose the last commits on power loss.
    // busy_timeout: this process never contends with itself for the write lock (the queue sees to that), but
    //   another process or a set-up run can hold it briefly; SQLite then waits inside the engine instead of
    //   failing at once.
    // journal_size_limit: after a checkpoint the WAL file is truncated back to this size, so one burst of
    //   writes does not leave a large file behind.
    public const string Text =
        "PRAGMA journal_mode = WAL; " +
        "PRAGMA synchronous = FULL; " +
        "PRAGMA busy_timeout = 5000; " +
        "PRAGMA journal_size_limit = 67108864;";

    public static void Apply(SqliteConnection connection)
    {
        // A base SqliteCommand, so the statement runs here and never through the write queue.
        using var command = new SqliteCommand(Text, connection);
        command.ExecuteNonQuery();
    }
}
