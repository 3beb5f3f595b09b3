using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace SupportGrains.Bench.Silo;

/// <summary>
/// Co-hosted grain calls: 100 callers over 1,000 grains through the silo's own client, and the bare
/// mailbox under the same load in the same process, in alternating rounds so that both see the
/// same machine.
/// </summary>
public static class CallBench
{
    public const int Callers = 100;
    public const int Grains = 1_000;
    public const int Rounds = 5;

    public sealed record Figures(IReadOnlyList<Measure.Result> Orleans, IReadOnlyList<Measure.Result> Floor)
    {
        public Measure.Result BestOrleans => Orleans.MaxBy(r => r.CallsPerSecond)!;

        public Measure.Result BestFloor => Floor.MaxBy(r => r.CallsPerSecond)!;
    }

    public static async Task<Figures> RunAsync(IHost silo, TimeSpan duration)
    {
        // The co-hosted IGrainFactory and IClusterClient are the same client inside the silo.
        var factory = silo.Services.GetRequiredService<IGrainFactory>();
        var grains = Enumerable.Range(0, Grains).Select(i => factory.GetGrain<IPingGrain>(i)).ToArray();
        var mailboxes = Enumerable.Range(0, Grains).Select(_ => new BareMailbox()).ToArray();
        Func<int, long, ValueTask<long>> orleans = (caller, call) => grains[Pick(caller, call)].PingAsync(call);
        Func<int, long, ValueTask<long>> floor = (caller, call) => new ValueTask<long>(mailboxes[Pick(caller, call)].PingAsync(call));

        // Warm up both paths (activating the 1,000 grains, JIT and tiered PGO) before measuring.
        await Measure.ClosedLoopAsync(Callers, TimeSpan.FromSeconds(3), orleans);
        await Measure.ClosedLoopAsync(Callers, TimeSpan.FromSeconds(2), floor);

        var orleansRuns = new List<Measure.Result>();
        var floorRuns = new List<Measure.Result>();
        for (var round = 0; round < Rounds; round++)
        {
            orleansRuns.Add(await Measure.ClosedLoopAsync(Callers, duration, orleans));
            floorRuns.Add(await Measure.ClosedLoopAsync(Callers, duration, floor));
        }

        return new Figures(orleansRuns, floorRuns);
    }

    // Each call goes to a grain picked by hashing (caller, call number): every caller visits all
    // 1,000 grains, and two callers sometimes meet at one grain, whose second call then waits its
    // turn, as requests from independent clients would.
    private static int Pick(int caller, long call) =>
        (int)(((ulong)((caller * 1_000_003L) + call) * 0x9E3779B97F4A7C15UL >> 33) % Grains);
}
