using Microsoft.Extensions.Hosting;
using SupportGrains.Silo.Hosting;

namespace SupportGrains.Silo;

/// <summary>A standalone silo of a SupportGrains cluster (see README "More than one machine").</summary>
internal static class Program
{
    public static async Task Main(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(args);
        builder.UseOrleans(silo => silo.AddSupportGrainsSilo(builder.Configuration, builder.Environment.ContentRootPath));
        await builder.Build().RunAsync();
    }
}
