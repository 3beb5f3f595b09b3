using Microsoft.Extensions.DependencyInjection;

namespace SupportGrains.Silo.Hosting;

/// <summary>The builder <see cref="SiloServiceCollectionExtensions.AddSilo"/> hands to its configure lambda.</summary>
internal sealed class SiloBuilder(IServiceCollection services) : ISiloBuilder
{
    public IServiceCollection Services { get; } = services;
}
