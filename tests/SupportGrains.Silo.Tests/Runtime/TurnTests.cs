using Microsoft.Extensions.DependencyInjection;
using SupportGrains.Silo.Testing;
using SupportGrains.Silo.Tests.Grains;

namespace SupportGrains.Silo.Tests.Runtime;

public sealed class TurnTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(20);
    private readonly Probe _probe = new();

    private Task<TestCluster> StartAsync() =>
        TestCluster.StartAsync(options: o => o.Services = s => s.AddSingleton(_probe));

    [Fact]
    public async Task A_grain_runs_one_request_at_a_time_in_the_order_they_arrived()
    {
        await using var cluster = await StartAsync();
        var grain = cluster.GrainFactory.GetGrain<ITurnGrain>("fifo");

        var first = grain.WorkAsync("a", "gate-a");
        var rest = Enumerable.Range(0, 20).Select(i => grain.WorkAsync("b" + i, null)).ToList();
        _probe.Open("gate-a");
        await Task.WhenAll(rest.Append(first)).WaitAsync(Limit);

        var expected = new[] { "a" }.Concat(Enumerable.Range(0, 20).Select(i => "b" + i))
            .SelectMany(n => new[] { "start " + n, "end " + n });
        Assert.Equal(expected, _probe.Events);
        Assert.Equal(1, _probe.MaxConcurrency);
    }

    [Fact]
    public async Task A_reentrant_grain_interleaves_requests_but_never_runs_them_in_parallel()
    {
        await using var cluster = await StartAsync();
        var grain = cluster.GrainFactory.GetGrain<IReentrantTurnGrain>("reentrant");

        var blocked = grain.WorkAsync("blocked", "gate-r");
        await Task.WhenAll(Enumerable.Range(0, 50).Select(i => grain.WorkAsync("r" + i, null))).WaitAsync(Limit);

        Assert.False(blocked.IsCompleted);
        _probe.Open("gate-r");
        await blocked.WaitAsync(Limit);
        Assert.Equal(1, _probe.MaxConcurrency);
        Assert.Equal("end blocked", _probe.Events.Last());
    }

    [Fact]
    public async Task An_always_interleave_method_runs_while_the_grain_is_busy()
    {
        await using var cluster = await StartAsync();
        var grain = cluster.GrainFactory.GetGrain<ITurnGrain>("interleave");

        var blocked = grain.WorkAsync("blocked", "gate-i");
        await grain.InterleaveAsync("ping", null).WaitAsync(Limit);

        Assert.False(blocked.IsCompleted);
        _probe.Open("gate-i");
        await blocked.WaitAsync(Limit);
    }

    [Fact]
    public async Task Read_only_requests_interleave_with_each_other_but_not_with_writes()
    {
        await using var cluster = await StartAsync();
        var grain = cluster.GrainFactory.GetGrain<ITurnGrain>("readers");

        var reader = grain.ReadAsync("reader", "gate-read");
        await grain.ReadAsync("second reader", null).WaitAsync(Limit);
        var writer = grain.WorkAsync("writer", null);
        var thirdReader = grain.ReadAsync("third reader", null);

        Assert.DoesNotContain("start writer", _probe.Events);
        _probe.Open("gate-read");
        await Task.WhenAll(reader, writer, thirdReader).WaitAsync(Limit);
        var events = _probe.Events.ToList();
        Assert.True(events.IndexOf("end reader") < events.IndexOf("start writer"));
        Assert.True(events.IndexOf("end writer") < events.IndexOf("start third reader"), "a read waits behind a write queued before it");
    }
}
