namespace SupportGrains.Silo.Storage.Postgres;

/// <summary>Where the PostgreSQL store lives.</summary>
public sealed record PostgresStorageOptions
{
    /// <summary>An Npgsql connection string.</summary>
    public required string ConnectionString { get; init; }

    /// <summary>The schema the store's tables live in (created if missing).</summary>
    public string Schema { get; init; } = "supportgrains";
}
