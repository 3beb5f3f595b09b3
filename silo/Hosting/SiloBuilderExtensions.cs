using Microsoft.Extensions.DependencyInjection;

namespace SupportGrains.Silo.Hosting;

/// <summary>General silo settings.</summary>
public static class SiloBuilderExtensions
{
    /// <summary>Changes the silo's options (service id, response timeout, collection age, ...).</summary>
    public static ISiloBuilder Configure(this ISiloBuilder silo, Action<SiloOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentNullException.ThrowIfNull(configure);
        silo.Services.AddSingleton(new SiloOptionsChange(configure));
        return silo;
    }
}

/// <summary>One change to the silo options, applied in registration order.</summary>
internal sealed record SiloOptionsChange(Action<SiloOptions> Apply);
