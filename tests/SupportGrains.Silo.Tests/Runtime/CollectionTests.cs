using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SupportGrains.Silo.Testing;
using SupportGrains.Silo.Tests.Grains;

namespace SupportGrains.Silo.Tests.Runtime;

public sealed class CollectionTests
{
    private readonly Probe _probe = new();
    private readonly FakeTimeProvider _time = new();

    private Task<TestCluster> StartAsync() => TestCluster.StartAsync(options: o =>
    {
        o.TimeProvider = _time;
        o.Services = s => s.AddSingleton(_probe);
        o.Silo = s =>
        {
            s.CollectionAge = TimeSpan.FromMinutes(15);
            s.MaintenancePeriod = TimeSpan.FromMinutes(1);
        };
    });

    private void AdvanceMinutes(int minutes)
    {
        for (var i = 0; i < minutes; i++)
        {
            _time.Advance(TimeSpan.FromMinutes(1));
        }
    }

    [Fact]
    public async Task An_activation_idle_longer_than_the_collection_age_is_deactivated()
    {
        await using var cluster = await StartAsync();
        var grain = cluster.GrainFactory.GetGrain<ICounterGrain>("idle");
        var first = await grain.ActivationIdAsync();

        AdvanceMinutes(10);
        Assert.Equal(1, cluster.Runtime.ActivationCount);
        AdvanceMinutes(7);

        await Eventually.True(() => cluster.Runtime.ActivationCount == 0, "the idle activation is collected");
        Assert.Contains("deactivated idle Idle", _probe.Events);
        Assert.NotEqual(first, await grain.ActivationIdAsync());
    }

    [Fact]
    public async Task Calls_keep_an_activation_alive()
    {
        await using var cluster = await StartAsync();
        var grain = cluster.GrainFactory.GetGrain<ICounterGrain>("busy");
        var first = await grain.ActivationIdAsync();

        for (var i = 0; i < 6; i++)
        {
            AdvanceMinutes(10);
            Assert.Equal(first, await grain.ActivationIdAsync());
        }
    }

    [Fact]
    public async Task A_grain_class_can_set_its_own_collection_age()
    {
        await using var cluster = await StartAsync();
        await cluster.GrainFactory.GetGrain<IPingGrain>(7).PingAsync(1);
        await cluster.GrainFactory.GetGrain<ICounterGrain>("long-lived").GetAsync();

        AdvanceMinutes(4);

        await Eventually.True(() => cluster.Runtime.ActivationCount == 1, "only the two-minute grain is collected");
        Assert.Equal(1, _probe.Count("activations:long-lived"));
    }
}
