using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SupportGrains.Silo;
using SupportGrains.Silo.Hosting;
using SupportGrains.Silo.Runtime;

namespace SupportGrains.Bench.Silo;

/// <summary>What an activation costs to create, and what an idle one costs to keep.</summary>
public static class ActivationBench
{
    public static async Task RunAsync(int count)
    {
        var services = new ServiceCollection().AddLogging().AddSilo().BuildServiceProvider();
        var runtime = services.GetRequiredService<GrainRuntime>();
        await runtime.StartAsync();

        // Warm the activation path on other keys first.
        await ActivateAsync(runtime, -20_000, 10_000);
        await Task.Delay(100);

        var before = GC.GetTotalMemory(forceFullCollection: true);
        var started = Stopwatch.GetTimestamp();
        await ActivateAsync(runtime, 0, count);
        var elapsed = Stopwatch.GetElapsedTime(started);
        await Task.Delay(200);
        var after = GC.GetTotalMemory(forceFullCollection: true);

        var perActivation = (after - before) / (double)count;
        Console.WriteLine();
        Console.WriteLine($"activations: {count:N0} grains activated by a first call, then left idle");
        Console.WriteLine($"  activation cost:                            {elapsed.TotalMilliseconds * 1000 / count,12:N2} µs per grain ({count / elapsed.TotalSeconds:N0} activations/s)");
        Console.WriteLine($"  memory per idle activation:                 {perActivation,12:N0} bytes (directory entry + activation record + empty grain object of 24 B)");
        Console.WriteLine($"  live activations:                           {runtime.ActivationCount,12:N0}");
        GC.KeepAlive(runtime);
        await runtime.DisposeAsync();
        await services.DisposeAsync();
    }

    private static async Task ActivateAsync(GrainRuntime runtime, long first, int count)
    {
        const int Batch = 10_000;
        var calls = new Task[Batch];
        for (var start = 0; start < count; start += Batch)
        {
            var n = Math.Min(Batch, count - start);
            for (var i = 0; i < n; i++)
            {
                calls[i] = runtime.GetGrain<IBenchPingGrain>(first + start + i).PingAsync(1).AsTask();
            }

            await Task.WhenAll(calls.AsSpan(0, n).ToArray());
        }
    }
}
