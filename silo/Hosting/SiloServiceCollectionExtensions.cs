using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SupportGrains.Silo.Runtime;

namespace SupportGrains.Silo.Hosting;

/// <summary>Hosts a silo in an application: the runtime, its grain factory and its health check.</summary>
public static class SiloServiceCollectionExtensions
{
    /// <summary>
    /// Adds the grain runtime as a hosted service (started with the host, shut down gracefully
    /// with it), <see cref="IGrainFactory"/>, and a "silo" health check.
    /// </summary>
    public static IServiceCollection AddSilo(this IServiceCollection services, Action<ISiloBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var silo = new SiloBuilder(services);
        configure?.Invoke(silo);

        services.TryAddSingleton(sp =>
        {
            var options = new SiloOptions();
            foreach (var change in sp.GetServices<SiloOptionsChange>())
            {
                change.Apply(options);
            }

            return options;
        });
        services.TryAddSingleton(sp => new GrainRuntime(
            sp,
            sp.GetRequiredService<SiloOptions>(),
            sp.GetService<TimeProvider>(),
            sp.GetService<ILoggerFactory>(),
            sp.GetService<IMeterFactory>()));
        services.TryAddSingleton<IGrainFactory>(sp => sp.GetRequiredService<GrainRuntime>());
        services.AddHostedService<SiloHostedService>();
        services.AddHealthChecks().AddCheck<SiloHealthCheck>("silo");
        return services;
    }

    /// <summary>Adds the silo to an application builder (see the IServiceCollection overload).</summary>
    public static IHostApplicationBuilder AddSilo(this IHostApplicationBuilder builder, Action<ISiloBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSilo(configure);
        return builder;
    }
}
