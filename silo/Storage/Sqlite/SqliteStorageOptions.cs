namespace SupportGrains.Silo.Storage.Sqlite;

/// <summary>Where the embedded SQLite store lives.</summary>
public sealed record SqliteStorageOptions
{
    /// <summary>The database file; its folder is created if missing.</summary>
    public required string DatabasePath { get; init; }

    /// <summary>How long a reader or writer waits for a lock before failing.</summary>
    public TimeSpan BusyTimeout { get; init; } = TimeSpan.FromSeconds(30);
}
