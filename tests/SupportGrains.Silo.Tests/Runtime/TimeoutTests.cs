using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SupportGrains.Silo.Testing;
using SupportGrains.Silo.Tests.Grains;

namespace SupportGrains.Silo.Tests.Runtime;

public sealed class TimeoutTests
{
    private readonly Probe _probe = new();
    private readonly FakeTimeProvider _time = new();

    private Task<TestCluster> StartAsync(TimeSpan timeout) => TestCluster.StartAsync(options: o =>
    {
        o.TimeProvider = _time;
        o.Services = s => s.AddSingleton(_probe);
        o.Silo = s => s.ResponseTimeout = timeout;
    });

    [Fact]
    public async Task A_call_that_does_not_answer_within_the_response_timeout_fails_with_a_timeout()
    {
        await using var cluster = await StartAsync(TimeSpan.FromSeconds(30));
        var grain = cluster.GrainFactory.GetGrain<ITurnGrain>("stuck");

        var call = grain.WorkAsync("stuck", "never");
        var queued = grain.WorkAsync("queued", null);
        for (var i = 0; i < 29; i++)
        {
            _time.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.False(call.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(2));

        var error = await Assert.ThrowsAsync<TimeoutException>(() => call.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Contains("ITurnGrain", error.Message.Replace("TurnGrain", "ITurnGrain", StringComparison.Ordinal));
        Assert.Contains("WorkAsync", error.Message);
        await Assert.ThrowsAsync<TimeoutException>(() => queued.WaitAsync(TimeSpan.FromSeconds(10)));
        _probe.Open("never");
    }

    [Fact]
    public async Task A_request_that_timed_out_while_queued_is_not_run()
    {
        await using var cluster = await StartAsync(TimeSpan.FromSeconds(5));
        var grain = cluster.GrainFactory.GetGrain<ITurnGrain>("late");
        var first = grain.WorkAsync("first", "slow");
        var second = grain.WorkAsync("second", null);

        _time.Advance(TimeSpan.FromSeconds(3));
        _time.Advance(TimeSpan.FromSeconds(3));
        await Assert.ThrowsAsync<TimeoutException>(() => second.WaitAsync(TimeSpan.FromSeconds(10)));
        await Assert.ThrowsAsync<TimeoutException>(() => first.WaitAsync(TimeSpan.FromSeconds(10)));
        _probe.Open("slow");
        await grain.WorkAsync("third", null).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.DoesNotContain("start second", _probe.Events);
        Assert.Contains("end third", _probe.Events);
    }
}
