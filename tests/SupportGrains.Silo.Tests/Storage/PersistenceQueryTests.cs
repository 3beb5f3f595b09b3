using System.Data.Common;
using Xunit;

namespace SupportGrains.Silo.Tests.Storage;

// The optimistic-concurrency contract of AdoNetGrainStorage, checked against our SQL directly: a refused
// write must return no version (Orleans then throws InconsistentStateException), an accepted one the new one.
public sealed class PersistenceQueryTests
{
    private static readonly StateKey _key = new(IdHash: 17, N0: 0, N1: 0, TypeHash: 99, Type: "counter", Extension: "ticket-1", ServiceId: "svc");

    [Fact]
    public async Task Sqlite_write_clear_delete_follow_the_etag_contract()
    {
        using var file = new SqliteTestFile();
        await using var dataSource = new SqliteStorageDataSource(file.ConnectionString);
        await new StorageSchema(StorageProvider.Sqlite, dataSource).ApplyAsync();
        await CheckContractAsync(new OrleansStyleQueries(StorageProvider.Sqlite, dataSource));
        await CheckKeysAreExactAsync(new OrleansStyleQueries(StorageProvider.Sqlite, dataSource));
    }

    [Fact]
    public async Task Postgres_write_clear_delete_follow_the_etag_contract()
    {
        await using var schema = await PostgresTestSchema.CreateAsync();
        await new StorageSchema(StorageProvider.Postgres, schema.DataSource, schema.Name).ApplyAsync();
        await CheckContractAsync(new OrleansStyleQueries(StorageProvider.Postgres, schema.DataSource));
        await CheckKeysAreExactAsync(new OrleansStyleQueries(StorageProvider.Postgres, schema.DataSource));
    }

    [Fact]
    public async Task Sqlite_concurrent_first_writes_let_exactly_one_win()
    {
        using var file = new SqliteTestFile();
        await using var dataSource = new SqliteStorageDataSource(file.ConnectionString);
        await new StorageSchema(StorageProvider.Sqlite, dataSource).ApplyAsync();
        await CheckRaceAsync(new OrleansStyleQueries(StorageProvider.Sqlite, dataSource));
    }

    [Fact]
    public async Task Postgres_concurrent_first_writes_let_exactly_one_win()
    {
        await using var schema = await PostgresTestSchema.CreateAsync();
        await new StorageSchema(StorageProvider.Postgres, schema.DataSource, schema.Name).ApplyAsync();
        await CheckRaceAsync(new OrleansStyleQueries(StorageProvider.Postgres, schema.DataSource));
    }

    private static async Task CheckContractAsync(OrleansStyleQueries queries)
    {
        Assert.Null(await queries.ReadAsync(_key));
        Assert.Null(await queries.WriteAsync(_key, version: 5, [1]));
        Assert.Null(await queries.ReadAsync(_key));

        Assert.Equal(1, await queries.WriteAsync(_key, version: null, [1]));
        Assert.Null(await queries.WriteAsync(_key, version: null, [9]));
        Assert.Equal(2, await queries.WriteAsync(_key, version: 1, [2]));
        Assert.Null(await queries.WriteAsync(_key, version: 1, [9]));
        Assert.Null(await queries.WriteAsync(_key, version: 3, [9]));
        var read = await queries.ReadAsync(_key);
        Assert.Equal([2], read!.Value.Payload);
        Assert.Equal(2, read.Value.Version);

        Assert.Null(await queries.ClearAsync(_key, version: 1));
        Assert.Equal(3, await queries.ClearAsync(_key, version: 2));
        read = await queries.ReadAsync(_key);
        Assert.Null(read!.Value.Payload);
        Assert.Equal(3, read.Value.Version);

        Assert.Null(await queries.WriteAsync(_key, version: null, [9]));
        Assert.Equal(4, await queries.WriteAsync(_key, version: 3, [4]));

        Assert.Null(await queries.DeleteAsync(_key, version: 3));
        Assert.Equal(5, await queries.DeleteAsync(_key, version: 4));
        Assert.Null(await queries.ReadAsync(_key));
        Assert.Null(await queries.WriteAsync(_key, version: 4, [9]));
        Assert.Equal(1, await queries.WriteAsync(_key, version: null, [6]));
    }

    private static async Task CheckKeysAreExactAsync(OrleansStyleQueries queries)
    {
        var noExtension = _key with { Type = "other", Extension = null, N1 = 42 };
        var variants = new[]
        {
            noExtension,
            noExtension with { Extension = "x" },
            noExtension with { N0 = 1 },
            noExtension with { N1 = 43 },
            noExtension with { ServiceId = "svc-2" },
            noExtension with { Type = "other-2" },
        };
        foreach (var variant in variants)
        {
            Assert.Equal(1, await queries.WriteAsync(variant, version: null, [7]));
        }

        Assert.Equal(2, await queries.WriteAsync(noExtension, version: 1, [8]));
        foreach (var variant in variants.Skip(1))
        {
            Assert.Equal(1, (await queries.ReadAsync(variant))!.Value.Version);
        }
    }

    private static async Task CheckRaceAsync(OrleansStyleQueries queries)
    {
        var key = _key with { Extension = "race" };
        var first = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => queries.WriteAsync(key, version: null, [(byte)i])));
        Assert.Single(first, version => version == 1);
        Assert.Equal(19, first.Count(version => version is null));

        var second = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => queries.WriteAsync(key, version: 1, [(byte)i])));
        Assert.Single(second, version => version == 2);
        Assert.Equal(19, second.Count(version => version is null));
    }
}
