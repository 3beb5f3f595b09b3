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

/// <summary>A cluster of its own for the sample organisation, so no other test moves its clock or adds to it.</summary>
[CollectionDefinition(Name)]
public sealed class SampleCluster : ICollectionFixture<SqliteClusterFixture>
{
    public const string Name = "sample organisation on sqlite";
}

/// <summary>Clusters of their own for tests that move the clock on (fake time only goes forward), so no other test sees their days.</summary>
[CollectionDefinition(Name)]
public sealed class SqliteClockCluster : ICollectionFixture<SqliteClusterFixture>
{
    public const string Name = "moving clock on sqlite";
}

/// <summary>As <see cref="SqliteClockCluster"/>, on PostgreSQL.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresClockCluster : ICollectionFixture<PostgresClusterFixture>
{
    public const string Name = "moving clock on postgres";
}
