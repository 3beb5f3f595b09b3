namespace SupportGrains.Api.Tests.Audit;

public sealed class SqliteAuditTrailTests(SqliteStoreFixture fixture) : AuditTrailContract<SqliteStoreFixture>(fixture), IClassFixture<SqliteStoreFixture>;

public sealed class PostgresAuditTrailTests(PostgresStoreFixture fixture) : AuditTrailContract<PostgresStoreFixture>(fixture), IClassFixture<PostgresStoreFixture>;
