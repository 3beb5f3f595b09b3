using Microsoft.Extensions.DependencyInjection;
using SupportGrains.Silo.Hosting;

namespace SupportGrains.Silo.Testing;

/// <summary>How a <see cref="TestCluster"/> is set up beyond its storage.</summary>
public sealed class TestClusterOptions
{
    /// <summary>The clock (e.g. a FakeTimeProvider); the system clock when null.</summary>
    public TimeProvider? TimeProvider { get; set; }

    /// <summary>Changes to the silo options.</summary>
    public Action<SiloOptions>? Silo { get; set; }

    /// <summary>More services for grains.</summary>
    public Action<IServiceCollection>? Services { get; set; }
}
