using SupportGrains.Testing;

namespace SupportGrains.Grains.Tests;

/// <summary>The grain tests' shared test cluster on SQLite.</summary>
[CollectionDefinition(Name)]
public sealed class SqliteCluster : ICollectionFixture<SqliteClusterFixture>
{
    public const string Name = "grains on sqlite";
}

/// <summary>The grain tests' shared test cluster on PostgreSQL.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCluster : ICollectionFixture<PostgresClusterFixture>
{
    public const string Name = "grains on postgres";
}
