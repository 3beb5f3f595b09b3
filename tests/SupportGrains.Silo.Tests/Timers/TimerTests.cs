using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SupportGrains.Silo.Testing;
using SupportGrains.Silo.Tests.Grains;

namespace SupportGrains.Silo.Tests.Timers;

public sealed class TimerTests
{
    private readonly Probe _probe = new();
    private readonly FakeTimeProvider _time = new();

    private Task<TestCluster> StartAsync() => TestCluster.StartAsync(options: o =>
    {
        o.TimeProvider = _time;
        o.Services = s => s.AddSingleton(_probe);
    });

    [Fact]
    public async Task Timer_ticks_never_overlap_and_the_period_counts_from_the_end_of_a_tick()
    {
        await using var cluster = await StartAsync();
        await cluster.GrainFactory.GetGrain<ITimerGrain>("t").StartTimerAsync(TimeSpan.FromSeconds(1));

        _time.Advance(TimeSpan.FromSeconds(1));
        await Eventually.True(() => _probe.Count("ticks") == 1, "the first tick starts");
        for (var i = 0; i < 5; i++)
        {
            _time.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.Equal(1, _probe.Count("ticks"));
        _probe.Open("tick-1");
        await Eventually.True(() => _probe.Events.Contains("tick done 1"), "the first tick ends");
        Assert.Equal(1, _probe.Count("ticks"));

        await Eventually.True(() =>
        {
            _time.Advance(TimeSpan.FromMilliseconds(100));
            return _probe.Count("ticks") == 2;
        }, "the second tick starts");
        _probe.Open("tick-2");
        Assert.True(_probe.Moments["start 2"] - _probe.Moments["end 1"] >= TimeSpan.FromSeconds(1), "the period counts from the end of the previous tick");
        Assert.Equal(1, _probe.MaxConcurrency);
    }

    [Fact]
    public async Task Reminders_survive_a_restart_and_reactivate_their_grain()
    {
        await using var cluster = await StartAsync();
        await cluster.GrainFactory.GetGrain<ITimerGrain>("reminded").RegisterReminderAsync("daily", TimeSpan.FromMinutes(1));

        await cluster.RestartAsync();
        Assert.Equal(0, cluster.Runtime.ActivationCount);
        _time.Advance(TimeSpan.FromMinutes(1));

        await Eventually.True(() => _probe.Count("reminder:daily") == 1, "the reminder fires after the restart");
        Assert.Contains("reminder daily for reminded", _probe.Events);
        Assert.Equal(1, cluster.Runtime.ActivationCount);

        _time.Advance(TimeSpan.FromMinutes(1));
        await Eventually.True(() => _probe.Count("reminder:daily") == 2, "it fires again a period later");
    }

    [Fact]
    public async Task An_unregistered_reminder_stops_firing()
    {
        await using var cluster = await StartAsync();
        var grain = cluster.GrainFactory.GetGrain<ITimerGrain>("quiet");
        await grain.RegisterReminderAsync("once", TimeSpan.FromMinutes(1));
        _time.Advance(TimeSpan.FromMinutes(1));
        await Eventually.True(() => _probe.Count("reminder:once") == 1, "the reminder fires");

        await grain.UnregisterReminderAsync("once");
        await cluster.RestartAsync();
        _time.Advance(TimeSpan.FromMinutes(3));

        Assert.Equal(1, _probe.Count("reminder:once"));
        Assert.Empty(cluster.MemoryStore.ReminderNames);
    }
}
