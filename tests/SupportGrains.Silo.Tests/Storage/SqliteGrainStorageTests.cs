using Microsoft.Data.Sqlite;
using SupportGrains.Silo.Storage;
using SupportGrains.Silo.Storage.Sqlite;
using SupportGrains.Testing;

namespace SupportGrains.Silo.Tests.Storage;

public sealed class SqliteGrainStorageTests : GrainStorageContract, IDisposable
{
    private readonly TempDirectory _folder = new();

    private string DatabasePath => _folder.File("grains.db");

    protected override async Task<IGrainStorage> OpenAsync()
    {
        var store = new SqliteGrainStorage(new SqliteStorageOptions { DatabasePath = DatabasePath });
        await store.InitializeAsync();
        return store;
    }

    protected override async Task<string?> RawPayloadAsync(GrainStateKey key)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT payload FROM grain_state WHERE grain_type = $type AND grain_key = $key";
        command.Parameters.AddWithValue("$type", key.GrainType);
        command.Parameters.AddWithValue("$key", key.GrainKey);
        return (string?)await command.ExecuteScalarAsync();
    }

    [Fact]
    public async Task The_file_is_in_wal_mode_and_at_the_latest_schema_version()
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";

        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
        Assert.Equal(SqliteSchema.Latest, SqliteSchema.CurrentVersion(connection));
    }

    [Fact]
    public async Task An_older_schema_is_migrated_and_keeps_its_data()
    {
        var path = _folder.File("old.db");
        await using (var old = new SqliteConnection($"Data Source={path};Pooling=false"))
        {
            await old.OpenAsync();
            SqliteSchema.Migrate(old, upTo: 1);
            await using var insert = old.CreateCommand();
            insert.CommandText = """INSERT INTO grain_state VALUES ('test', 'person', 'kept', 'state', 3, '{"v":3}')""";
            await insert.ExecuteNonQueryAsync();
        }

        await using var store = new SqliteGrainStorage(new SqliteStorageOptions { DatabasePath = path });
        var stored = await store.ReadAsync(new GrainStateKey("test", "person", "kept", "state"), default);
        await store.WriteAsync(new GrainStateKey("test", "person", "kept", "state"), """{"v":4}""", "3", default);
        await using var again = new SqliteGrainStorage(new SqliteStorageOptions { DatabasePath = path });
        await again.InitializeAsync();

        Assert.Equal("3", stored!.Etag);
        Assert.Empty(await again.ReadAllAsync("test", default));
    }

    [Fact]
    public async Task A_storage_failure_reaches_the_caller()
    {
        var blocked = _folder.File("blocked");
        Directory.CreateDirectory(blocked);

        await using var store = new SqliteGrainStorage(new SqliteStorageOptions { DatabasePath = blocked });

        await Assert.ThrowsAsync<SqliteException>(async () => await store.WriteAsync(new GrainStateKey("t", "p", "k", "s"), "{}", null, default));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
