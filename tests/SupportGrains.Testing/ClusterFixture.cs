using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.Storage;
using Orleans.TestingHost;
using SupportGrains.Grains.Common;
using SupportGrains.Silo.Hosting;
using Xunit;

namespace SupportGrains.Testing;

/// <summary>
/// One in-process Orleans test cluster on a real store, shared by the tests of a collection: a fixed
/// "today" (2026-11-24), a short response timeout (Orleans has no call-cycle detection, so a cycle
/// fails in seconds rather than 30), and a store whose writes can be told to fail.
/// </summary>
public abstract class ClusterFixture : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    private const string StoreName = StorageNames.Default + ".Store";
    private InProcessTestCluster? _cluster;

    public FakeTimeProvider Time { get; } = new(Now);

    public StorageFaults Faults { get; } = new();

    public DateOnly Today => DateOnly.FromDateTime(Time.GetUtcNow().UtcDateTime);

    public InProcessTestCluster Cluster => _cluster ?? throw new InvalidOperationException("The cluster has not started.");

    public IGrainFactory Grains => Cluster.Client;

    /// <summary>The store's settings: a new SQLite file or PostgreSQL database.</summary>
    public SiloSettings Settings { get; private set; } = null!;

    public abstract string StoreKind { get; }

    protected abstract Task<SiloSettings> NewStoreAsync();

    public async Task InitializeAsync()
    {
        Settings = await NewStoreAsync();
        var builder = new InProcessTestClusterBuilder(1);
        builder.Options.ConfigureFileLogging = false;
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddSupportGrainsStorage(Settings, StoreName);
            silo.Services.AddKeyedSingleton<IGrainStorage>(StorageNames.Default, (services, _) =>
                new FaultyGrainStorage(services.GetRequiredKeyedService<IGrainStorage>(StoreName), Faults));
            silo.Services.AddSingleton(new Clock(Time));
            silo.Configure<SiloMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromSeconds(5));
        });
        builder.ConfigureClient(client => client.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromSeconds(5)));
        _cluster = builder.Build();
        await _cluster.DeployAsync();
    }

    /// <summary>Stops every silo and starts new ones on the same store: only what was written survives.</summary>
    public async Task RestartAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.StartSilosAsync(1);
        await Cluster.InitializeClientAsync();
    }

    public async Task DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }

        await DisposeStoreAsync();
    }

    protected virtual Task DisposeStoreAsync() => Task.CompletedTask;
}

/// <summary>A test cluster on a new SQLite file.</summary>
public sealed class SqliteClusterFixture : ClusterFixture
{
    private readonly TempDirectory _folder = new("sg-cluster");

    public override string StoreKind => "sqlite";

    protected override Task<SiloSettings> NewStoreAsync() =>
        Task.FromResult(new SiloSettings { StorageProvider = "Sqlite", SqlitePath = _folder.File("supportgrains.db") });

    protected override Task DisposeStoreAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>A test cluster on a new database of the throwaway PostgreSQL server.</summary>
public sealed class PostgresClusterFixture : ClusterFixture
{
    public override string StoreKind => "postgres";

    protected override async Task<SiloSettings> NewStoreAsync() =>
        new() { StorageProvider = "Postgres", PostgresConnectionString = await (await PostgresServer.GetAsync()).CreateDatabaseAsync() };
}
