using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.Runtime;
using Xunit;

namespace SupportGrains.Silo.Tests.Storage;

public sealed class PostgresClusteringTests
{
    [Fact]
    public async Task Two_silos_form_one_cluster_and_an_external_client_finds_the_gateways()
    {
        await using var schema = await PostgresTestSchema.CreateAsync();
        var clusterId = "cluster-" + Guid.NewGuid().ToString("N")[..8];

        // Started together: both run the schema set-up at once, which the advisory lock must serialise.
        var silos = await Task.WhenAll(StartSiloAsync(schema, clusterId), StartSiloAsync(schema, clusterId));
        using var client = Host.CreateDefaultBuilder()
            .ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .UseOrleansClient(client =>
            {
                client.UseSupportGrainsClustering(schema.DataSource);
                client.Configure<ClusterOptions>(options =>
                {
                    options.ClusterId = clusterId;
                    options.ServiceId = clusterId;
                });
            })
            .Build();
        try
        {
            await client.StartAsync();
            var grains = client.Services.GetRequiredService<IClusterClient>();

            var hosts = await grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true);
            Assert.Equal(2, hosts.Count);

            var places = new HashSet<string>();
            for (var i = 0; i < 40 && places.Count < 2; i++)
            {
                places.Add(await grains.GetGrain<IPingGrain>(i).Where());
            }

            Assert.Equal(2, places.Count);

            // A silo that leaves is marked dead through UpdateMembershipKey; cleaning up removes its row.
            await silos[1].StopAsync();
            var table = silos[0].Services.GetRequiredService<IMembershipTable>();
            var before = await table.ReadAllAsync();
            Assert.Contains(before.Members, member => member.Item1.Status == SiloStatus.Dead);
            await table.CleanupDefunctSiloEntriesAsync(DateTimeOffset.UtcNow.AddMinutes(1));
            var after = await table.ReadAllAsync();
            Assert.Single(after.Members);
            Assert.Equal(SiloStatus.Active, after.Members[0].Item1.Status);
            Assert.Equal("pong", await grains.GetGrain<IPingGrain>(1000).Where() is { Length: > 0 } ? "pong" : "");
        }
        finally
        {
            await client.StopAsync();
            foreach (var silo in silos)
            {
                await silo.StopAsync();
                silo.Dispose();
            }
        }
    }

    private static async Task<IHost> StartSiloAsync(PostgresTestSchema schema, string clusterId)
    {
        var host = Host.CreateDefaultBuilder()
            .ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .UseOrleans(silo =>
            {
                silo.ConfigureEndpoints(IPAddress.Loopback, TestSilo.FreePort(), TestSilo.FreePort());
                silo.Configure<ClusterOptions>(options =>
                {
                    options.ClusterId = clusterId;
                    options.ServiceId = clusterId;
                });
                silo.AddSupportGrainsStore(StorageProvider.Postgres, schema.DataSource, schema.Name);
                silo.UseSupportGrainsClustering(schema.DataSource);
                silo.UseSystemTextJsonGrainStorageSerializer();
            })
            .Build();
        await host.StartAsync();
        return host;
    }
}
