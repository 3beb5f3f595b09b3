using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace SupportGrains.Bench.Silo;

/// <summary>
/// What an activation costs to create and what an idle one costs to keep: N grains activated by a
/// first call each (1,000 calls in flight at a time), then left idle; beside them N bare mailboxes
/// created on first call in a concurrent dictionary, the floor.
/// </summary>
public static class ActivationBench
{
    private const int InFlight = 1_000;

    public sealed record Result(int Count, double PerSecond, double BytesPerItem, double HeapBytesPerItem);

    public static async Task<(Result Orleans, Result Floor)> RunAsync(IHost silo, int count)
    {
        var factory = silo.Services.GetRequiredService<IGrainFactory>();
        Func<long, Task<long>> orleans = key => factory.GetGrain<IPingGrain>(key).PingAsync(key).AsTask();

        // Warm the activation path on other keys first; the call bench's grains are keys 0-999.
        await CallAllAsync(orleans, -1_000_000, 20_000);
        var orleansResult = await MeasureAsync(count, () => CallAllAsync(orleans, 1_000_000, count), keepAlive: null);

        var mailboxes = new ConcurrentDictionary<long, BareMailbox>();
        Func<long, Task<long>> floor = key => mailboxes.GetOrAdd(key, static _ => new BareMailbox()).PingAsync(key);
        await CallAllAsync(floor, -1_000_000, 20_000);
        var floorResult = await MeasureAsync(count, () => CallAllAsync(floor, 1_000_000, count), keepAlive: mailboxes);
        return (orleansResult, floorResult);
    }

    private static async Task<Result> MeasureAsync(int count, Func<Task> activate, object? keepAlive)
    {
        var (before, heapBefore) = Snapshot();
        var started = Stopwatch.GetTimestamp();
        await activate();
        var elapsed = Stopwatch.GetElapsedTime(started);

        // Let the last turns, their answers and the activations' bookkeeping settle.
        await Task.Delay(500);
        var (after, heapAfter) = Snapshot();
        GC.KeepAlive(keepAlive);
        return new Result(count, count / elapsed.TotalSeconds, (after - before) / (double)count, (heapAfter - heapBefore) / (double)count);
    }

    // Two readings of the managed heap after a full blocking compacting collection (the large
    // object heap compacted too, so the directories' big arrays are counted at their size, with
    // no holes): the total of live objects, and the heap's size less its fragmentation.
    private static (long Total, long Heap) Snapshot()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        var total = GC.GetTotalMemory(forceFullCollection: true);
        var info = GC.GetGCMemoryInfo(GCKind.FullBlocking);
        return (total, info.HeapSizeBytes - info.FragmentedBytes);
    }

    private static async Task CallAllAsync(Func<long, Task<long>> call, long first, int count)
    {
        var calls = new Task<long>[InFlight];
        for (var start = 0; start < count; start += InFlight)
        {
            var n = Math.Min(InFlight, count - start);
            for (var i = 0; i < n; i++)
            {
                calls[i] = call(first + start + i);
            }

            await Task.WhenAll(n == InFlight ? calls : calls[..n]);
        }
    }
}
