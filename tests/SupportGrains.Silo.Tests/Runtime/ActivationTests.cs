using Microsoft.Extensions.DependencyInjection;
using SupportGrains.Silo.Testing;
using SupportGrains.Silo.Tests.Grains;

namespace SupportGrains.Silo.Tests.Runtime;

public sealed class ActivationTests
{
    private readonly Probe _probe = new();

    private Task<TestCluster> StartAsync() =>
        TestCluster.StartAsync(options: o => o.Services = s => s.AddSingleton(_probe));

    [Fact]
    public async Task Getting_a_reference_activates_nothing()
    {
        await using var cluster = await StartAsync();

        var grain = cluster.GrainFactory.GetGrain<ICounterGrain>("untouched");

        Assert.NotNull(grain);
        Assert.Equal(0, cluster.Runtime.ActivationCount);
        Assert.Equal(0, _probe.Count("activations:untouched"));
    }

    [Fact]
    public async Task A_burst_of_concurrent_first_calls_makes_exactly_one_activation()
    {
        await using var cluster = await StartAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ =>
            Task.Run(async () => await cluster.GrainFactory.GetGrain<ICounterGrain>("burst").IncrementAsync())));

        Assert.Equal(1, _probe.Count("activations:burst"));
        Assert.Equal(Enumerable.Range(1, 200), results.Order());
        Assert.Equal(1, cluster.Runtime.ActivationCount);
    }

    [Fact]
    public async Task Calls_to_one_grain_reach_the_same_activation_until_it_is_collected()
    {
        await using var cluster = await StartAsync();
        var grain = cluster.GrainFactory.GetGrain<ICounterGrain>("same");

        var first = await grain.ActivationIdAsync();
        var second = await cluster.GrainFactory.GetGrain<ICounterGrain>("same").ActivationIdAsync();

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task A_failed_activation_fails_the_call_and_leaves_nothing_behind()
    {
        await using var cluster = await StartAsync();
        var grain = cluster.GrainFactory.GetGrain<ICounterGrain>("fail-once-1");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(async () => await grain.IncrementAsync());

        Assert.Equal("OnActivateAsync failed on purpose", error.Message);
        Assert.Equal(0, cluster.Runtime.ActivationCount);
        Assert.Equal(1, await grain.IncrementAsync());
        Assert.Equal(2, _probe.Count("activations:fail-once-1"));
    }

    [Fact]
    public async Task Calls_queued_behind_a_failing_activation_all_get_its_error()
    {
        await using var cluster = await StartAsync();
        var grain = cluster.GrainFactory.GetGrain<ICounterGrain>("fail-once-2");

        var calls = Enumerable.Range(0, 10).Select(_ => grain.IncrementAsync().AsTask()).ToList();
        foreach (var call in calls)
        {
            await Assert.ThrowsAsync<InvalidOperationException>(() => call);
        }

        Assert.Equal(1, await grain.IncrementAsync());
    }

    [Fact]
    public async Task Keys_of_each_kind_reach_their_own_grain()
    {
        await using var cluster = await StartAsync();
        var key = Guid.NewGuid();

        Assert.Equal(47, await cluster.GrainFactory.GetGrain<IPingGrain>(42).PingAsync(5));
        Assert.Equal(key, await cluster.GrainFactory.GetGrain<IGuidGrain>(key).KeyAsync());
    }

    [Fact]
    public async Task DeactivateOnIdle_ends_the_activation_after_the_current_call()
    {
        await using var cluster = await StartAsync();
        var grain = cluster.GrainFactory.GetGrain<ITurnGrain>("bye");

        await grain.DeactivateAsync();

        await Eventually.True(() => cluster.Runtime.ActivationCount == 0, "the activation is gone");
        await grain.WorkAsync("again", null);
        Assert.Equal(2, _probe.Count("activations:bye"));
    }
}
