using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SupportGrains.Silo.Hosting;
using SupportGrains.Silo.Runtime;
using SupportGrains.Silo.Storage;
using SupportGrains.Silo.Storage.Memory;

namespace SupportGrains.Silo.Testing;

/// <summary>
/// An in-process silo for tests, built in a line:
/// <c>await using var cluster = await TestCluster.StartAsync(silo => silo.UseMemoryGrainStorage());</c>
/// Memory storage and reminders are the default; <see cref="RestartAsync"/> drops every
/// activation and keeps storage, like a process restart.
/// </summary>
public sealed class TestCluster : IAsyncDisposable
{
    private readonly Action<ISiloBuilder>? _configure;
    private readonly TestClusterOptions _options;
    private ServiceProvider? _services;
    private List<IHostedService> _hosted = [];

    private TestCluster(Action<ISiloBuilder>? configure, TestClusterOptions options)
    {
        _configure = configure;
        _options = options;
        Clock = options.TimeProvider ?? TimeProvider.System;
    }

    /// <summary>Makes the cluster's storage fail on demand.</summary>
    public StorageFaults StorageFaults { get; } = new();

    /// <summary>The in-memory storage (kept across restarts).</summary>
    public MemoryStore MemoryStore { get; } = new();

    /// <summary>The cluster's clock.</summary>
    public TimeProvider Clock { get; }

    /// <summary>References to grains of the current silo.</summary>
    public IGrainFactory GrainFactory => Runtime;

    /// <summary>The current silo's runtime.</summary>
    public GrainRuntime Runtime { get; private set; } = null!;

    /// <summary>The current silo's services.</summary>
    public IServiceProvider Services => _services!;

    /// <summary>Starts a silo configured by <paramref name="configure"/> (after the memory defaults).</summary>
    public static async Task<TestCluster> StartAsync(Action<ISiloBuilder>? configure = null, Action<TestClusterOptions>? options = null)
    {
        var settings = new TestClusterOptions();
        options?.Invoke(settings);
        var cluster = new TestCluster(configure, settings);
        await cluster.StartSiloAsync();
        return cluster;
    }

    /// <summary>Stops the silo gracefully and starts a new one on the same storage.</summary>
    public async Task RestartAsync()
    {
        await StopSiloAsync();
        await StartSiloAsync();
    }

    public async ValueTask DisposeAsync() => await StopSiloAsync();

    private async Task StartSiloAsync()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(Clock);
        services.AddSingleton(MemoryStore);
        services.AddSingleton(StorageFaults);
        _options.Services?.Invoke(services);
        services.AddSilo(silo =>
        {
            silo.UseMemoryGrainStorage();
            silo.UseMemoryReminders();
            if (_options.Silo is { } change)
            {
                silo.Configure(change);
            }

            _configure?.Invoke(silo);
        });
        WrapStorageWithFaults(services);

        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        Runtime = _services.GetRequiredService<GrainRuntime>();
        _hosted = _services.GetServices<IHostedService>().ToList();
        foreach (var hosted in _hosted)
        {
            await hosted.StartAsync(CancellationToken.None);
        }
    }

    private async Task StopSiloAsync()
    {
        if (_services is null)
        {
            return;
        }

        for (var i = _hosted.Count - 1; i >= 0; i--)
        {
            await _hosted[i].StopAsync(CancellationToken.None);
        }

        await Runtime.DisposeAsync();
        await _services.DisposeAsync();
        _services = null;
    }

    private void WrapStorageWithFaults(ServiceCollection services)
    {
        var storages = services.Where(d => d.ServiceType == typeof(IGrainStorage) && d.IsKeyedService).ToList();
        foreach (var descriptor in storages)
        {
            services.Remove(descriptor);
            var create = descriptor.KeyedImplementationFactory!;
            services.AddKeyedSingleton<IGrainStorage>(descriptor.ServiceKey, (sp, key) =>
                new FaultyGrainStorage((IGrainStorage)create(sp, key), StorageFaults));
        }
    }
}
