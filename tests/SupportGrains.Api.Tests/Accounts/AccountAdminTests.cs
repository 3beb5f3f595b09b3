namespace SupportGrains.Api.Tests.Accounts;

public sealed class SqliteAccountAdminTests(SqliteStoreFixture fixture) : AccountAdminContract<SqliteStoreFixture>(fixture), IClassFixture<SqliteStoreFixture>;

public sealed class PostgresAccountAdminTests(PostgresStoreFixture fixture) : AccountAdminContract<PostgresStoreFixture>(fixture), IClassFixture<PostgresStoreFixture>;
