using Microsoft.Extensions.DependencyInjection;
using SupportGrains.Silo;
using SupportGrains.Silo.Hosting;
using SupportGrains.Silo.Runtime;

namespace SupportGrains.Bench.Silo;

/// <summary>Grain calls per second and latency: ping from 100 callers, fan-out 1 → 250, and the bare mailbox floor.</summary>
public static class CallBench
{
    private const int Callers = 100;

    public static async Task RunAsync(TimeSpan duration)
    {
        var services = new ServiceCollection().AddLogging().AddSilo().BuildServiceProvider();
        var runtime = services.GetRequiredService<GrainRuntime>();
        await runtime.StartAsync();
        var grains = Enumerable.Range(0, Callers).Select(i => runtime.GetGrain<IBenchPingGrain>(i)).ToArray();
        var mailboxes = Enumerable.Range(0, Callers).Select(_ => new BareMailbox()).ToArray();

        // Warm up both paths (JIT, tiering) before measuring.
        await Measure.ClosedLoopAsync(Callers, TimeSpan.FromSeconds(2), async (c, n) => await grains[c].PingAsync(n));
        await Measure.ClosedLoopAsync(Callers, TimeSpan.FromSeconds(2), async (c, n) => await mailboxes[c].PingAsync(n));

        var runtimeRuns = new List<Measure.Result>();
        var bareRuns = new List<Measure.Result>();
        for (var round = 0; round < 3; round++)
        {
            runtimeRuns.Add(await Measure.ClosedLoopAsync(Callers, duration, async (c, n) => await grains[c].PingAsync(n)));
            bareRuns.Add(await Measure.ClosedLoopAsync(Callers, duration, async (c, n) => await mailboxes[c].PingAsync(n)));
        }

        var grain = runtimeRuns.MaxBy(r => r.CallsPerSecond)!;
        var bare = bareRuns.MaxBy(r => r.CallsPerSecond)!;
        Console.WriteLine();
        Console.WriteLine($"ping, {Callers} concurrent callers (best of 3 × {duration.TotalSeconds:0} s, alternating)");
        Console.WriteLine($"  runtime (call chain, timeouts, metrics on): {grain.CallsPerSecond,12:N0} calls/s   p50 {grain.P50Micros,7:N1} µs   p99 {grain.P99Micros,7:N1} µs");
        Console.WriteLine($"  bare mailbox (no features):                 {bare.CallsPerSecond,12:N0} calls/s   p50 {bare.P50Micros,7:N1} µs   p99 {bare.P99Micros,7:N1} µs");
        Console.WriteLine($"  runtime / bare mailbox:                     {grain.CallsPerSecond / bare.CallsPerSecond,12:P0}");

        var fanOut = runtime.GetGrain<IFanOutGrain>(1);
        await fanOut.FanOutAsync(250);
        var fan = await Measure.ClosedLoopAsync(1, duration, async (_, _) => await fanOut.FanOutAsync(250), callsPerIteration: 251);
        Console.WriteLine();
        Console.WriteLine("fan-out, one grain calls 250 grains in parallel and awaits all");
        Console.WriteLine($"  runtime:                                    {fan.CallsPerSecond,12:N0} calls/s   p50 {fan.P50Micros,7:N1} µs   p99 {fan.P99Micros,7:N1} µs per fan-out");

        await runtime.DisposeAsync();
        await services.DisposeAsync();
    }
}
