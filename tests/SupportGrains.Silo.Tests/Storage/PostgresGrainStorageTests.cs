using Npgsql;
using SupportGrains.Silo.Storage;
using SupportGrains.Silo.Storage.Postgres;
using SupportGrains.Testing;

namespace SupportGrains.Silo.Tests.Storage;

public sealed class PostgresGrainStorageTests : GrainStorageContract
{
    private string? _connectionString;

    protected override async Task<IGrainStorage> OpenAsync()
    {
        _connectionString ??= await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        var store = new PostgresGrainStorage(new PostgresStorageOptions { ConnectionString = _connectionString });
        await store.InitializeAsync();
        return store;
    }

    protected override async Task<string?> RawPayloadAsync(GrainStateKey key)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT payload::text FROM supportgrains.grain_state WHERE grain_type = $1 AND grain_key = $2", connection);
        command.Parameters.AddWithValue(key.GrainType);
        command.Parameters.AddWithValue(key.GrainKey);
        return (string?)await command.ExecuteScalarAsync();
    }

    [Fact]
    public async Task An_older_schema_is_migrated_and_two_starts_at_once_are_safe()
    {
        var connectionString = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        await using (var dataSource = NpgsqlDataSource.Create(connectionString))
        {
            await PostgresSchema.MigrateAsync(dataSource, "supportgrains", upTo: 1);
            await using var insert = dataSource.CreateCommand("""INSERT INTO supportgrains.grain_state VALUES ('test', 'person', 'kept', 'state', 3, '{"v":3}')""");
            await insert.ExecuteNonQueryAsync();
        }

        var stores = Enumerable.Range(0, 3).Select(_ => new PostgresGrainStorage(new PostgresStorageOptions { ConnectionString = connectionString })).ToList();
        await Task.WhenAll(stores.Select(s => s.InitializeAsync()));

        var stored = await stores[0].ReadAsync(new GrainStateKey("test", "person", "kept", "state"), default);
        Assert.Equal("3", stored!.Etag);
        Assert.Empty(await stores[1].ReadAllAsync("test", default));
        foreach (var store in stores)
        {
            await store.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_schema_name_that_is_not_a_plain_identifier_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new PostgresGrainStorage(new PostgresStorageOptions { ConnectionString = "Host=x", Schema = "x; drop table y" }));
        await Task.CompletedTask;
    }

    [Fact]
    public async Task When_the_server_is_unreachable_the_caller_gets_an_error()
    {
        await using var store = new PostgresGrainStorage(new PostgresStorageOptions { ConnectionString = "Host=127.0.0.1;Port=1;Timeout=2" });

        await Assert.ThrowsAnyAsync<Exception>(async () => await store.WriteAsync(new GrainStateKey("t", "p", "k", "s"), "{}", null, default));
    }
}
