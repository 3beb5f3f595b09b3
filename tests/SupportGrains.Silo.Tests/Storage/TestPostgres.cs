using SupportGrains.Testing;

namespace SupportGrains.Silo.Tests.Storage;

/// <summary>One database of the test process's throwaway PostgreSQL server for these tests; each test takes a schema of its own in it.</summary>
internal static class TestPostgres
{
    private static readonly Lazy<Task<string>> Database = new(async () => await (await PostgresServer.GetAsync()).CreateDatabaseAsync());

    public static Task<string> ConnectionStringAsync() => Database.Value;
}
