using Microsoft.Extensions.Configuration.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SupportGrains.Silo.Hosting;
using SupportGrains.Silo.Storage;

namespace SupportGrains.Silo;

/// <summary>A standalone silo of a SupportGrains cluster (see README "More than one machine").</summary>
internal static partial class Program
{
    // Orleans' and Polly's own logs at Warning, as in the app, so a silo starts quietly.
    private static readonly Dictionary<string, string?> Defaults = new()
    {
        ["Logging:LogLevel:Orleans"] = "Warning",
        ["Logging:LogLevel:Polly"] = "Warning",
    };

    /// <summary>0 after a clean stop (SIGTERM, Ctrl+C); 1 when the silo could not start or stopped on an error.</summary>
    public static async Task<int> Main(string[] args)
    {
        try
        {
            var builder = Host.CreateApplicationBuilder(args);

            // First, so that appsettings.json, the environment and the command line all override it.
            builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = Defaults });
            builder.UseOrleans(silo => silo.AddSupportGrainsSilo(builder.Configuration, builder.Environment.ContentRootPath));
            using var host = builder.Build();
            await host.StartAsync();

            // With Orleans' logs at Warning this line is how an operator sees the silo is up and where.
            var settings = host.Services.GetRequiredService<SiloSettings>();
            LogStarted(
                host.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(Program)),
                host.Services.GetRequiredService<ILocalSiloDetails>().SiloAddress,
                settings.GatewayPort,
                settings.ClusterId,
                host.Services.GetRequiredService<SupportGrainsStore>().Where);
            await host.WaitForShutdownAsync();
            return 0;
        }
        catch (Exception e)
        {
            // A settings mistake or an unreachable store is an exit code and a message, not an unhandled-exception abort.
            await Console.Error.WriteLineAsync($"The SupportGrains silo stopped: {e.Message}");
            await Console.Error.WriteLineAsync(e.ToString());
            return 1;
        }
    }

    [LoggerMessage(1, LogLevel.Information, "Silo {SiloAddress} is active in cluster {ClusterId} (clients connect on port {GatewayPort}); store: {Store}")]
    private static partial void LogStarted(ILogger logger, SiloAddress siloAddress, int gatewayPort, string clusterId, string store);
}
