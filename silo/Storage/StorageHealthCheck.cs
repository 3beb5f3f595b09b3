using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SupportGrains.Silo.Storage;

/// <summary>Healthy while the store answers a trivial query.</summary>
internal sealed class StorageHealthCheck(string name, Func<CancellationToken, Task<bool>> ping) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return await ping(cancellationToken)
                ? HealthCheckResult.Healthy($"storage \"{name}\" answers")
                : HealthCheckResult.Unhealthy($"storage \"{name}\" gave no answer");
        }
        catch (Exception e)
        {
            return HealthCheckResult.Unhealthy($"storage \"{name}\" failed: {e.Message}", e);
        }
    }
}
