using SupportGrains.Testing;

namespace SupportGrains.Api.Tests;

/// <summary>One store and one app per test class; each test signs in with an account of its own and makes its own organisation.</summary>
public abstract class StoreFixture : IAsyncLifetime
{
    private readonly TempDirectory _folder = new("sg-api");

    public SupportGrainsApp App { get; private set; } = null!;

    /// <summary>The store the app keeps its data in (its settings name the SQLite file or the PostgreSQL database).</summary>
    public Store Store { get; private set; } = null!;

    public abstract string Name { get; }

    /// <summary>A fresh, empty store.</summary>
    public abstract Task<Store> NewStoreAsync();

    protected string Folder => _folder.Path;

    public async Task InitializeAsync()
    {
        Store = await NewStoreAsync();
        App = new SupportGrainsApp(Store);
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}

public sealed class SqliteStoreFixture : StoreFixture
{
    public override string Name => "sqlite";

    public override Task<Store> NewStoreAsync() => Task.FromResult(Store.Sqlite(Path.Combine(Folder, $"{Guid.NewGuid():N}.db")));
}

public sealed class PostgresStoreFixture : StoreFixture
{
    public override string Name => "postgres";

    public override async Task<Store> NewStoreAsync() => Store.Postgres(await (await PostgresServer.GetAsync()).CreateDatabaseAsync());
}
