using Npgsql;

namespace SupportGrains.Silo.Tests.Storage;

// A schema of its own per test, dropped afterwards, so tests never see each other's rows.
public sealed class PostgresTestSchema : IAsyncDisposable
{
    private PostgresTestSchema(string name, NpgsqlDataSource dataSource)
    {
        Name = name;
        DataSource = dataSource;
    }

    public string Name { get; }

    public NpgsqlDataSource DataSource { get; }

    public static async Task<PostgresTestSchema> CreateAsync()
    {
        var name = "t_" + Guid.NewGuid().ToString("N")[..12];
        return new PostgresTestSchema(name, PostgresStorageDataSource.Create(await TestPostgres.ConnectionStringAsync(), name));
    }

    public async Task<object?> ScalarAsync(string sql)
    {
        await using var command = DataSource.CreateCommand(sql);
        return await command.ExecuteScalarAsync();
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var command = DataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await DataSource.DisposeAsync();
        await using var admin = NpgsqlDataSource.Create(await TestPostgres.ConnectionStringAsync());
        await using var command = admin.CreateCommand($"DROP SCHEMA IF EXISTS {Name} CASCADE;");
        await command.ExecuteNonQueryAsync();
    }
}
