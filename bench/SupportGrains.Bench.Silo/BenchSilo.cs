using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SupportGrains.Bench.Silo;

/// <summary>
/// One in-process silo on localhost clustering with no storage, called through its own co-hosted
/// client. Everything else is Orleans' default, on purpose: each setting below was measured against
/// the default on this machine and only what made a difference was kept (GC and JIT settings are
/// in the project file).
/// </summary>
public static class BenchSilo
{
    public static async Task<IHost> StartAsync()
    {
        var host = new HostBuilder()
            .ConfigureLogging(logging => logging
                .SetMinimumLevel(LogLevel.Warning)
                .AddConsole()
                // The silo warns at start that server GC is off; the bench runs workstation GC on
                // purpose (faster here) and prints its GC mode in its header instead.
                .AddFilter("Orleans.Runtime.Silo", LogLevel.Error)
                // Its platform thread starts checking before the participant check's first
                // timestamp is set, so at start it warns that the check "has not completed" for as
                // long as the machine has been up. The bench reports its own share of the cores.
                .AddFilter("Orleans.Runtime.Watchdog", LogLevel.Error))
            .UseOrleans(silo =>
            {
                silo.UseLocalhostClustering();

                // Left at their defaults. Measured against the default in separate processes, 3 s
                // rounds, by calls per CPU-second (the machine is shared, so calls per second alone
                // move with other people's work):
                // - SiloMessagingOptions.DropExpiredMessages = false: within noise; it only skips
                //   stamping and checking a time-to-live on each message.
                // - GrainDirectoryOptions.CachingStrategy = None: calls within noise (on one silo a
                //   lookup falls through to the local directory partition) and 155 B less per idle
                //   activation, but a cluster of several silos needs the cache, so it stays on.
                // - SchedulingOptions.ActivationSchedulingQuantum = 1 ms (default 100 ms): about 30%
                //   fewer calls per CPU-second.
                // - Thread pool: hill climbing off, or at most 2 or 4 threads: no better.
                // Not changed, from reading Orleans' code rather than measuring:
                // - SiloMessagingOptions.ResponseTimeout: pending calls are checked for it by one
                //   periodic scan (every min(timeout, 1 s)), not per call, so its length costs
                //   nothing; the default 30 s stays, and a call that hits it counts as a timeout.
                // - GrainCollectionOptions.CollectionAge (15 min) only decides when idle grains go;
                //   an infinite age ([KeepAlive]) saves 126 B per idle activation, the collector's
                //   registration, but idle grains would then never be collected.
                // - Activity propagation (distributed tracing) is off unless AddActivityPropagation
                //   is called, and Orleans' meters cost a flag check when nothing listens.
            })
            .Build();
        await host.StartAsync();
        return host;
    }
}
