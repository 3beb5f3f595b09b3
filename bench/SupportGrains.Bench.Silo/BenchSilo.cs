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

                // Left at their defaults because changing them measured no better (3 s rounds,
                // calls per CPU-second, alternated with the default):
                // - SiloMessagingOptions.DropExpiredMessages = false: within noise (it only skips
                //   stamping and checking a time-to-live on each message).
                // - SiloMessagingOptions.ResponseTimeout: the timeout is checked by a periodic scan,
                //   not per call, so its length costs nothing; the default 30 s stays, and a call
                //   that hits it is counted as a timeout.
                // - GrainDirectoryOptions.CachingStrategy = None: calls no faster (on one silo the
                //   lookup falls through to the local directory partition), and 155 B less per idle
                //   activation, but a cluster of several silos needs the cache, so it stays on.
                // - SchedulingOptions.ActivationSchedulingQuantum = 1 ms (default 100 ms): 30% fewer
                //   calls; an activation with one queued request never reaches the quantum anyway.
                // Activity propagation (distributed tracing) is off unless AddActivityPropagation is
                // called, and Orleans' meters cost a flag check when nothing listens, so there is
                // nothing to switch off there.
            })
            .Build();
        await host.StartAsync();
        return host;
    }
}
