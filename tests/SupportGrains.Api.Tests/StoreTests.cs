namespace SupportGrains.Api.Tests;

public sealed class SqliteApiTests(SqliteStoreFixture fixture) : ApiContract<SqliteStoreFixture>(fixture), IClassFixture<SqliteStoreFixture>;

public sealed class PostgresApiTests(PostgresStoreFixture fixture) : ApiContract<PostgresStoreFixture>(fixture), IClassFixture<PostgresStoreFixture>;
