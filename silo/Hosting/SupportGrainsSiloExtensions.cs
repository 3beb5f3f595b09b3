using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.Configuration;
using Orleans.Dashboard;
using SupportGrains.Grains.Audit;
using SupportGrains.Grains.Common;
using SupportGrains.Silo.Storage;

namespace SupportGrains.Silo.Hosting;

/// <summary>The SupportGrains silo: its store, clustering, reminders and dashboard, from <see cref="SiloSettings"/>.</summary>
public static class SupportGrainsSiloExtensions
{
    /// <summary>Configures a silo (co-hosted in the app, or standalone) from configuration.</summary>
    public static ISiloBuilder AddSupportGrainsSilo(this ISiloBuilder silo, IConfiguration configuration, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(silo);
        var settings = SiloSettings.From(configuration, contentRoot);
        silo.AddSupportGrainsSilo(settings);

        // How soon a silo that stopped answering is declared dead (and its grains start again elsewhere):
        // Orleans' own defaults unless Cluster:Membership:* names ClusterMembershipOptions properties.
        // A misspelt name stops the silo at start rather than being ignored.
        silo.Services.AddOptions<ClusterMembershipOptions>()
            .Bind(configuration.GetSection(SiloSettings.MembershipSection), binder => binder.ErrorOnUnknownConfiguration = true);
        return silo;
    }

    /// <summary>Configures a silo from settings already read.</summary>
    public static ISiloBuilder AddSupportGrainsSilo(this ISiloBuilder silo, SiloSettings settings)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentNullException.ThrowIfNull(settings);
        silo.AddSupportGrainsStorage(settings);
        silo.Configure<ClusterOptions>(o =>
        {
            o.ClusterId = settings.ClusterId;
            o.ServiceId = settings.ServiceId;
        });
        silo.Configure<SiloMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromSeconds(settings.ResponseTimeoutSeconds));
        if (settings.IsClustered)
        {
            silo.ConfigureEndpoints(
                settings.AdvertisedAddress is { } address ? IPAddress.Parse(address) : IPAddress.Loopback,
                settings.SiloPort,
                settings.GatewayPort,
                listenOnAnyHostAddress: settings.AdvertisedAddress is not null);
        }
        else
        {
            silo.UseLocalhostClustering(settings.SiloPort, settings.GatewayPort, serviceId: settings.ServiceId, clusterId: settings.ClusterId);
        }

        silo.AddDashboard();
        ResolvedGrainFactory.Register(silo.Services);
        return silo;
    }

    /// <summary>The store of the grains and their reminders, without clustering (a test cluster brings its own).</summary>
    public static ISiloBuilder AddSupportGrainsStorage(this ISiloBuilder silo, SiloSettings settings, string storageName = StorageNames.Default)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentNullException.ThrowIfNull(settings);
        silo.Services.TryAddSingleton(settings);
        silo.Services.TryAddSingleton(Clock.System);
        var store = SupportGrainsStore.Open(settings);

        // A factory registration, so the host's services own the store and dispose it after the host has stopped.
        silo.Services.AddSingleton(_ => store);
        silo.AddSupportGrainsStore(store.Provider, store.DataSource, store.PostgresSchema, storageName);
        silo.UseSystemTextJsonGrainStorageSerializer();
        silo.Services.AddSingleton<IAuditLog>(_ => new SqlAuditLog(store.Provider, store.DataSource));
        if (settings.IsClustered)
        {
            silo.UseSupportGrainsClustering(store.DataSource);
        }

        return silo;
    }

    /// <summary>Configures an Orleans client of a cluster of SupportGrains silos.</summary>
    public static IClientBuilder AddSupportGrainsClient(this IClientBuilder client, IConfiguration configuration, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(client);
        var settings = SiloSettings.From(configuration, contentRoot);
        client.Services.AddSingleton(settings);
        client.Services.TryAddSingleton(Clock.System);
        client.Configure<ClusterOptions>(o =>
        {
            o.ClusterId = settings.ClusterId;
            o.ServiceId = settings.ServiceId;
        });
        client.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromSeconds(settings.ResponseTimeoutSeconds));
        client.Services.AddSingleton<IClientConnectionRetryFilter, ClusterConnectionRetry>();
        if (settings.IsClustered)
        {
            // The client reads the gateways from the cluster's membership table; the silos set the schema up.
            var gateways = PostgresStorageDataSource.Create(settings.PostgresConnectionString!, settings.PostgresSchema);
            client.Services.AddSingleton(_ => gateways);
            client.UseSupportGrainsClustering(gateways);
        }
        else
        {
            client.UseLocalhostClustering(settings.GatewayPort, settings.ServiceId, settings.ClusterId);
        }
        client.AddDashboard();
        ResolvedGrainFactory.Register(client.Services);
        return client;
    }
}
