using Microsoft.Extensions.Diagnostics.HealthChecks;
using SupportGrains.Silo.Runtime;

namespace SupportGrains.Silo.Hosting;

/// <summary>Healthy while the runtime takes calls; reports how many activations are live.</summary>
internal sealed class SiloHealthCheck(GrainRuntime runtime) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object> { ["activations"] = runtime.ActivationCount };
        return Task.FromResult(runtime.IsStopping
            ? HealthCheckResult.Unhealthy("The silo is shutting down.", data: data)
            : HealthCheckResult.Healthy($"{runtime.ActivationCount} activations", data));
    }
}
