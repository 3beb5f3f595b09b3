using SupportGrains.Silo.Hosting;

namespace SupportGrains.Api.Hosting;

/// <summary>
/// The grains for the app: a co-hosted silo by default (one process, SQLite), or, with
/// <c>Cluster:Role</c> = Client, an Orleans client of a cluster of <c>silo</c> processes.
/// </summary>
public static class SiloHosting
{
    public static IHostApplicationBuilder AddSupportGrainsSilo(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var role = builder.Configuration["Cluster:Role"] ?? "Silo";
        if (string.Equals(role, "Client", StringComparison.OrdinalIgnoreCase))
        {
            builder.UseOrleansClient(client => client.AddSupportGrainsClient(builder.Configuration, builder.Environment.ContentRootPath));
        }
        else if (string.Equals(role, "Silo", StringComparison.OrdinalIgnoreCase))
        {
            builder.UseOrleans(silo => silo.AddSupportGrainsSilo(builder.Configuration, builder.Environment.ContentRootPath));
        }
        else
        {
            throw new InvalidOperationException($"Cluster:Role \"{role}\" is not known: use Silo (co-hosted, the default) or Client.");
        }

        return builder;
    }
}
