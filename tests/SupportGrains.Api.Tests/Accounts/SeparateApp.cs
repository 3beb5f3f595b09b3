using Microsoft.Extensions.DependencyInjection;
using SupportGrains.Testing;

namespace SupportGrains.Api.Tests.Accounts;

/// <summary>An app of a test's own, on a SQLite file of its own, for settings no other test shares.</summary>
public sealed class SeparateApp : IAsyncDisposable
{
    private readonly TempDirectory _folder = new("sg-accounts");

    public SeparateApp(bool sampleData = false, IReadOnlyDictionary<string, string>? settings = null, Action<IServiceCollection>? services = null) =>
        App = new SupportGrainsApp(Store.Sqlite(_folder.File("app.db")), sampleData, settings, services);

    public SupportGrainsApp App { get; }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
