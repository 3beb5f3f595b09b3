using SupportGrains.Testing;

namespace SupportGrains.Api.Tests.Access;

/// <summary>An app on a SQLite store of its own with the <see cref="AccessWorld"/> built in it, once for a test class.</summary>
public class AccessWorldFixture : IAsyncLifetime
{
    private readonly TempDirectory _folder = new("sg-access");

    public SupportGrainsApp App { get; private set; } = null!;

    public AccessWorld World { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        App = new SupportGrainsApp(Store.Sqlite(_folder.File("access.db")));
        World = await AccessWorld.BuildAsync(App);
        await AddAsync(World);
    }

    /// <summary>What a test class needs beyond the world.</summary>
    protected virtual Task AddAsync(AccessWorld world) => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
