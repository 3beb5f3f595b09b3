using Microsoft.Extensions.DependencyInjection;

namespace SupportGrains.Silo.Hosting;

/// <summary>Configures a silo: its services, storage providers and options.</summary>
public interface ISiloBuilder
{
    /// <summary>The services of the host the silo runs in.</summary>
    IServiceCollection Services { get; }
}
