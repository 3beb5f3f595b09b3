using System.Data.Common;
using Xunit;

namespace SupportGrains.Silo.Tests.Storage;

// Grain state through a real silo: Orleans' AdoNetGrainStorage running our queries on our data sources.
public sealed class GrainPersistenceTests
{
    [Fact]
    public Task Sqlite_state_survives_a_restart_and_clear_works() =>
        WithSqliteAsync(CheckRestartAndClearAsync);

    [Fact]
    public Task Postgres_state_survives_a_restart_and_clear_works() =>
        WithPostgresAsync(CheckRestartAndClearAsync);

    [Fact]
    public Task Sqlite_a_stale_etag_surfaces_in_the_grain_as_inconsistent_state() =>
        WithSqliteAsync(CheckStaleETagAsync);

    [Fact]
    public Task Postgres_a_stale_etag_surfaces_in_the_grain_as_inconsistent_state() =>
        WithPostgresAsync(CheckStaleETagAsync);

    [Fact]
    public Task Sqlite_grain_type_string_is_the_state_name_and_grain_classes_sharing_it_share_the_row() =>
        WithSqliteAsync(CheckStateNameKeyingAsync);

    [Fact]
    public Task Postgres_grain_type_string_is_the_state_name_and_grain_classes_sharing_it_share_the_row() =>
        WithPostgresAsync(CheckStateNameKeyingAsync);

    private static async Task CheckRestartAndClearAsync(Backend backend)
    {
        var serviceId = "svc-" + Guid.NewGuid().ToString("N")[..8];
        var host = await TestSilo.StartAsync(backend.Provider, backend.DataSource, serviceId, backend.Schema);
        var counter = TestSilo.Grains(host).GetGrain<ICounterGrain>("ticket-1");
        Assert.Equal(1, await counter.Increment("a"));
        Assert.Equal(2, await counter.Increment("b"));
        var integerKeyed = TestSilo.Grains(host).GetGrain<ILongKeyGrain>(7, "ext");
        await integerKeyed.Set(70);
        await TestSilo.Grains(host).GetGrain<IIntegerKeyGrain>(7).Set(71);
        await TestSilo.StopAsync(host);

        host = await TestSilo.StartAsync(backend.Provider, backend.DataSource, serviceId, backend.Schema);
        counter = TestSilo.Grains(host).GetGrain<ICounterGrain>("ticket-1");
        var state = await counter.Get();
        Assert.Equal(2, state.Value);
        Assert.Equal("b", state.Text);
        Assert.True(await counter.RecordExists());
        Assert.Equal(70, await TestSilo.Grains(host).GetGrain<ILongKeyGrain>(7, "ext").Get());
        Assert.Equal(71, await TestSilo.Grains(host).GetGrain<IIntegerKeyGrain>(7).Get());

        await counter.Clear();
        Assert.Equal(0, (await counter.Get()).Value);
        Assert.False(await counter.RecordExists());
        Assert.Equal(1, await counter.Increment("after clear"));
        await counter.Clear();
        await TestSilo.StopAsync(host);

        host = await TestSilo.StartAsync(backend.Provider, backend.DataSource, serviceId, backend.Schema);
        counter = TestSilo.Grains(host).GetGrain<ICounterGrain>("ticket-1");
        Assert.Equal(0, (await counter.Get()).Value);
        Assert.False(await counter.RecordExists());
        Assert.Equal(1, await counter.Increment("again"));
        await TestSilo.StopAsync(host);
    }

    private static async Task CheckStaleETagAsync(Backend backend)
    {
        var serviceId = "svc-" + Guid.NewGuid().ToString("N")[..8];
        var host = await TestSilo.StartAsync(backend.Provider, backend.DataSource, serviceId, backend.Schema);
        try
        {
            var counter = TestSilo.Grains(host).GetGrain<ICounterGrain>("ticket-2");
            await counter.Increment("a");
            Assert.Equal("1", await counter.ETag());

            // Someone else (another activation, elsewhere) moved the row on; this activation's ETag is now stale.
            await backend.ExecuteAsync("UPDATE orleans_storage SET version = version + 1");

            Assert.Equal("InconsistentStateException", await counter.TryWrite(5));
        }
        finally
        {
            await TestSilo.StopAsync(host);
        }
    }

    private static async Task CheckStateNameKeyingAsync(Backend backend)
    {
        var serviceId = "svc-" + Guid.NewGuid().ToString("N")[..8];
        var host = await TestSilo.StartAsync(backend.Provider, backend.DataSource, serviceId, backend.Schema);
        try
        {
            var grains = TestSilo.Grains(host);
            await grains.GetGrain<IClassicGrain>("classic-1").Set(3);
            await grains.GetGrain<ICounterGrain>("named-1").Increment("x");
            var types = await backend.ReadStringsAsync("SELECT DISTINCT grain_type FROM orleans_storage ORDER BY grain_type");
            Assert.Equal(["counter", "state"], types);

            await grains.GetGrain<IAlphaGrain>("same-key").Set("written by Alpha");
            await TestSilo.StopAsync(host);
            host = await TestSilo.StartAsync(backend.Provider, backend.DataSource, serviceId, backend.Schema);

            // Different grain classes, same string key, same state name: Beta reads Alpha's state.
            Assert.Equal("written by Alpha", await TestSilo.Grains(host).GetGrain<IBetaGrain>("same-key").Get());
            Assert.Equal(["profile"], await backend.ReadStringsAsync("SELECT grain_type FROM orleans_storage WHERE grain_id_extension = 'same-key'"));
        }
        finally
        {
            await TestSilo.StopAsync(host);
        }
    }

    private static async Task WithSqliteAsync(Func<Backend, Task> test)
    {
        using var file = new SqliteTestFile();
        await using var dataSource = new SqliteStorageDataSource(file.ConnectionString);
        await test(new Backend(StorageProvider.Sqlite, dataSource, StorageSchema.DefaultPostgresSchema));
    }

    private static async Task WithPostgresAsync(Func<Backend, Task> test)
    {
        await using var schema = await PostgresTestSchema.CreateAsync();
        await test(new Backend(StorageProvider.Postgres, schema.DataSource, schema.Name));
    }

    private sealed record Backend(StorageProvider Provider, DbDataSource DataSource, string Schema)
    {
        public async Task ExecuteAsync(string sql)
        {
            await using var connection = await DataSource.OpenConnectionAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync();
        }

        public async Task<List<string>> ReadStringsAsync(string sql)
        {
            await using var connection = await DataSource.OpenConnectionAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await using var reader = await command.ExecuteReaderAsync();
            var values = new List<string>();
            while (await reader.ReadAsync())
            {
                values.Add(reader.GetString(0));
            }

            return values;
        }
    }
}
