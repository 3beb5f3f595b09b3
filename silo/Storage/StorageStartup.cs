using Microsoft.Extensions.Hosting;

namespace SupportGrains.Silo.Storage;

/// <summary>Opens a store and migrates its schema when the host starts, so a broken store fails start-up, not the first call.</summary>
internal sealed class StorageStartup(Func<Task> initialize) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => initialize();

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
