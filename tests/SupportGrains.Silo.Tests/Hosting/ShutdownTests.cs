using Microsoft.Extensions.DependencyInjection;
using SupportGrains.Silo.Testing;
using SupportGrains.Silo.Tests.Grains;

namespace SupportGrains.Silo.Tests.Hosting;

public sealed class ShutdownTests
{
    private readonly Probe _probe = new();

    [Fact]
    public async Task A_graceful_shutdown_finishes_requests_in_flight_then_deactivates_everything()
    {
        var cluster = await TestCluster.StartAsync(options: o => o.Services = s => s.AddSingleton(_probe));
        var busy = cluster.GrainFactory.GetGrain<ITurnGrain>("in-flight");
        var counter = cluster.GrainFactory.GetGrain<ICounterGrain>("bystander");
        await counter.IncrementAsync();
        var call = busy.WorkAsync("long", "finish");

        var stopping = cluster.DisposeAsync().AsTask();
        await Eventually.True(() => cluster.Runtime.IsStopping, "the shutdown begins");
        var refused = await Assert.ThrowsAsync<SiloUnavailableException>(async () => await counter.GetAsync());
        Assert.False(stopping.IsCompleted);

        _probe.Open("finish");
        await call.WaitAsync(TimeSpan.FromSeconds(20));
        await stopping.WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Contains("end long", _probe.Events);
        Assert.Contains("deactivated bystander Shutdown", _probe.Events);
        Assert.Equal(0, cluster.Runtime.ActivationCount);
        Assert.Contains("shutting down", refused.Message);
    }
}
