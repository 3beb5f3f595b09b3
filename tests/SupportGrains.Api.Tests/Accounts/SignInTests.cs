namespace SupportGrains.Api.Tests.Accounts;

public sealed class SqliteSignInTests(SqliteStoreFixture fixture) : SignInContract<SqliteStoreFixture>(fixture), IClassFixture<SqliteStoreFixture>;

public sealed class PostgresSignInTests(PostgresStoreFixture fixture) : SignInContract<PostgresStoreFixture>(fixture), IClassFixture<PostgresStoreFixture>;
