using SupportGrains.Testing;
using Xunit.Abstractions;

namespace SupportGrains.Reliability.Tests.Concurrency;

/// <summary>The concurrency tests on a test cluster on SQLite.</summary>
[Collection(SqliteConcurrency.Name)]
public sealed class ConflictingChangesOnSqlite(SqliteClusterFixture fixture, ITestOutputHelper output) : ConflictingChanges(fixture, output);

/// <summary>The concurrency tests on a test cluster on PostgreSQL.</summary>
[Collection(PostgresConcurrency.Name)]
public sealed class ConflictingChangesOnPostgres(PostgresClusterFixture fixture, ITestOutputHelper output) : ConflictingChanges(fixture, output);

/// <summary>The SQLite test cluster of the concurrency tests.</summary>
[CollectionDefinition(Name)]
public sealed class SqliteConcurrency : ICollectionFixture<SqliteClusterFixture>
{
    public const string Name = "concurrency on sqlite";
}

/// <summary>The PostgreSQL test cluster of the concurrency tests.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresConcurrency : ICollectionFixture<PostgresClusterFixture>
{
    public const string Name = "concurrency on postgres";
}
