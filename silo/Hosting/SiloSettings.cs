using Microsoft.Extensions.Configuration;

namespace SupportGrains.Silo.Hosting;

/// <summary>The settings a silo (or a client of a cluster) is configured with; every one has a default for the embedded set-up.</summary>
public sealed record SiloSettings
{
    /// <summary>The section bound onto Orleans' <c>ClusterMembershipOptions</c> (e.g. <c>Cluster:Membership:ProbeTimeout</c>).</summary>
    public const string MembershipSection = "Cluster:Membership";

    /// <summary><c>Storage:Provider</c>: Sqlite (default) or Postgres.</summary>
    public string StorageProvider { get; init; } = "Sqlite";

    /// <summary><c>Storage:SqlitePath</c>, relative to the content root unless rooted.</summary>
    public string SqlitePath { get; init; } = Path.Combine("data", "supportgrains.db");

    /// <summary><c>Storage:PostgresConnectionString</c> (or <c>ConnectionStrings:Postgres</c>).</summary>
    public string? PostgresConnectionString { get; init; }

    /// <summary><c>Storage:PostgresSchema</c>: the schema the tables live in.</summary>
    public string PostgresSchema { get; init; } = "supportgrains";

    /// <summary><c>Cluster:Clustering</c>: Localhost (one silo, the default) or Postgres (a cluster of silos sharing the PostgreSQL store).</summary>
    public string Clustering { get; init; } = "Localhost";

    /// <summary><c>Cluster:ClusterId</c>: silos and clients with the same id form one cluster.</summary>
    public string ClusterId { get; init; } = "supportgrains";

    /// <summary><c>Cluster:ServiceId</c>: the id grain state is stored under; keep it across deployments.</summary>
    public string ServiceId { get; init; } = "supportgrains";

    /// <summary><c>Cluster:SiloPort</c>: silo-to-silo traffic.</summary>
    public int SiloPort { get; init; } = 11111;

    /// <summary><c>Cluster:GatewayPort</c>: where clients connect.</summary>
    public int GatewayPort { get; init; } = 30000;

    /// <summary><c>Cluster:AdvertisedAddress</c>: the address other silos reach this one at (loopback by default).</summary>
    public string? AdvertisedAddress { get; init; }

    /// <summary><c>Cluster:ResponseTimeoutSeconds</c>: how long a grain call waits for its answer.</summary>
    public double ResponseTimeoutSeconds { get; init; } = 30;

    public bool IsPostgres => string.Equals(StorageProvider, "Postgres", StringComparison.OrdinalIgnoreCase);

    public bool IsClustered => string.Equals(Clustering, "Postgres", StringComparison.OrdinalIgnoreCase);

    public static SiloSettings From(IConfiguration configuration, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var defaults = new SiloSettings();
        var storage = configuration.GetSection("Storage");
        var cluster = configuration.GetSection("Cluster");
        var path = storage["SqlitePath"] ?? defaults.SqlitePath;
        var settings = new SiloSettings
        {
            StorageProvider = storage["Provider"] ?? defaults.StorageProvider,
            SqlitePath = Path.IsPathRooted(path) ? path : Path.Combine(contentRoot, path),
            PostgresConnectionString = storage["PostgresConnectionString"] ?? configuration.GetConnectionString("Postgres"),
            PostgresSchema = storage["PostgresSchema"] ?? defaults.PostgresSchema,
            Clustering = cluster["Clustering"] ?? defaults.Clustering,
            ClusterId = cluster["ClusterId"] ?? defaults.ClusterId,
            ServiceId = cluster["ServiceId"] ?? defaults.ServiceId,
            SiloPort = cluster.GetValue("SiloPort", defaults.SiloPort),
            GatewayPort = cluster.GetValue("GatewayPort", defaults.GatewayPort),
            AdvertisedAddress = cluster["AdvertisedAddress"],
            ResponseTimeoutSeconds = cluster.GetValue("ResponseTimeoutSeconds", defaults.ResponseTimeoutSeconds),
        };
        settings.Validate();
        return settings;
    }

    private void Validate()
    {
        if (!IsPostgres && !string.Equals(StorageProvider, "Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Storage:Provider \"{StorageProvider}\" is not known: use Sqlite or Postgres.");
        }

        if (IsPostgres && string.IsNullOrWhiteSpace(PostgresConnectionString))
        {
            throw new InvalidOperationException("Storage:Provider is Postgres but no connection string is set (Storage:PostgresConnectionString or ConnectionStrings:Postgres).");
        }

        if (!IsClustered && !string.Equals(Clustering, "Localhost", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Cluster:Clustering \"{Clustering}\" is not known: use Localhost or Postgres.");
        }

        if (IsClustered && !IsPostgres)
        {
            throw new InvalidOperationException("Cluster:Clustering is Postgres, which needs Storage:Provider Postgres: a cluster's silos share one PostgreSQL store.");
        }
    }
}
