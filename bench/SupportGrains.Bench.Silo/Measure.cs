using System.Diagnostics;

namespace SupportGrains.Bench.Silo;

/// <summary>Runs a closed-loop load: N callers, each awaiting one call after another, for a fixed time.</summary>
public static class Measure
{
    public sealed record Result(double CallsPerSecond, double P50Micros, double P99Micros);

    public static async Task<Result> ClosedLoopAsync(int callers, TimeSpan duration, Func<int, long, ValueTask> call, int callsPerIteration = 1)
    {
        var stop = false;
        var latencies = new List<long>[callers];
        var counts = new long[callers];
        var started = Stopwatch.GetTimestamp();
        var workers = Enumerable.Range(0, callers).Select(c => Task.Run(async () =>
        {
            var samples = new List<long>(1 << 16);
            long n = 0;
            while (!Volatile.Read(ref stop))
            {
                var t0 = Stopwatch.GetTimestamp();
                await call(c, n);
                if ((n & 7) == 0)
                {
                    samples.Add(Stopwatch.GetTimestamp() - t0);
                }

                n++;
            }

            latencies[c] = samples;
            counts[c] = n;
        })).ToArray();

        await Task.Delay(duration);
        Volatile.Write(ref stop, true);
        await Task.WhenAll(workers);
        var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        double Micros(double q) => all.Length == 0 ? 0 : all[(int)Math.Min(all.Length - 1, q * all.Length)] * 1_000_000.0 / Stopwatch.Frequency;
        return new Result(counts.Sum() * callsPerIteration / elapsed, Micros(0.50), Micros(0.99));
    }
}
