using System.Diagnostics;

namespace SupportGrains.Bench.Silo;

/// <summary>
/// Runs a closed-loop load: N callers, each awaiting its call before making the next (one call in
/// flight per caller, no batching, no pipelining), for a fixed time. Every call is timed into a
/// per-caller histogram, so the latency covers all calls rather than a sample and measuring
/// allocates nothing per call.
/// </summary>
public static class Measure
{
    public sealed record Result(
        int Callers,
        long TotalCalls,
        double CallsPerSecond,
        double P50Micros,
        double P99Micros,
        long MinPerCaller,
        long MaxPerCaller,
        long Timeouts,
        long Failures,
        double CpuShare,
        double CallsPerCpuSecond,
        double BytesAllocatedPerCall)
    {
        /// <summary>
        /// Every caller was served: each made at least a tenth of the average caller's calls. A
        /// caller starved by the others falls far below that; a fair share is close to the average.
        /// </summary>
        public bool EveryCallerServed => MinPerCaller > 0 && MinPerCaller * 10 >= TotalCalls / Callers;
    }

    public static async Task<Result> ClosedLoopAsync(int callers, TimeSpan duration, Func<int, long, ValueTask<long>> call)
    {
        var stop = false;
        var histograms = new LatencyHistogram[callers];
        var counts = new long[callers];
        var timeouts = new long[callers];
        var failures = new long[callers];
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var workers = new Task[callers];
        for (var c = 0; c < callers; c++)
        {
            var caller = c;
            workers[c] = Task.Run(async () =>
            {
                var histogram = new LatencyHistogram();
                long n = 0;
                await go.Task;
                while (!Volatile.Read(ref stop))
                {
                    var t0 = Stopwatch.GetTimestamp();
                    try
                    {
                        await call(caller, n);
                        histogram.Record(Stopwatch.GetTimestamp() - t0);
                        n++;
                    }
                    catch (TimeoutException)
                    {
                        timeouts[caller]++;
                    }
                    catch (Exception)
                    {
                        failures[caller]++;
                    }

                    // The answer to a co-hosted call resumes its caller inline on the thread that
                    // ran the grain, and the caller's next call is queued to that thread's local
                    // queue, which the thread pool serves before its global queue: a few callers
                    // then chain call after call on both cores while the rest wait (measured: one
                    // caller 3,120 calls, another 211,580 in the same 5 s). Yielding after each call
                    // sends every caller to the back of the global queue, as if each call were a
                    // fresh request, and shares the cores evenly. It costs the bare mailbox a third
                    // of its speed (3.8 M → 2.5 M) and Orleans about 5%; both run the same loop.
                    await Task.Yield();
                }

                histograms[caller] = histogram;
                counts[caller] = n;
            });
        }

        var cpuBefore = Environment.CpuUsage.TotalTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: false);
        var started = Stopwatch.GetTimestamp();
        go.SetResult();
        await Task.Delay(duration);
        Volatile.Write(ref stop, true);
        await Task.WhenAll(workers);
        var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var cpu = (Environment.CpuUsage.TotalTime - cpuBefore).TotalSeconds;
        var allocated = GC.GetTotalAllocatedBytes(precise: false) - allocatedBefore;
        var all = LatencyHistogram.Merge(histograms);
        var total = counts.Sum();
        return new Result(
            callers,
            total,
            total / elapsed,
            all.PercentileMicros(0.50),
            all.PercentileMicros(0.99),
            counts.Min(),
            counts.Max(),
            timeouts.Sum(),
            failures.Sum(),
            cpu / (elapsed * Environment.ProcessorCount),
            total / cpu,
            allocated / (double)total);
    }
}
