using Microsoft.Extensions.Hosting;
using SupportGrains.Silo.Runtime;

namespace SupportGrains.Silo.Hosting;

/// <summary>Starts the runtime with the host and shuts it down gracefully with it.</summary>
internal sealed class SiloHostedService(GrainRuntime runtime) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => runtime.StartAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => runtime.StopAsync(cancellationToken);
}
