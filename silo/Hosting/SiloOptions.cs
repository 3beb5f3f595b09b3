namespace SupportGrains.Silo.Hosting;

/// <summary>Settings of a silo.</summary>
public sealed class SiloOptions
{
    /// <summary>Part of every storage key, so several services can share one database.</summary>
    public string ServiceId { get; set; } = "supportgrains";

    /// <summary>How long a caller waits for an answer before it gets a <see cref="TimeoutException"/>.</summary>
    public TimeSpan ResponseTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an activation may stay idle before it is collected (a grain class may override it).</summary>
    public TimeSpan CollectionAge { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How often the runtime sweeps for timed-out calls and idle activations.</summary>
    public TimeSpan MaintenancePeriod { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long OnDeactivateAsync may run.</summary>
    public TimeSpan DeactivationTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a graceful shutdown waits for requests in flight.</summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
