using System.Data.Common;
using Orleans.Hosting;

namespace SupportGrains.Silo.Storage;

public static class StorageClientBuilderExtensions
{
    /// <summary>
    /// Lets an external Orleans client find the gateways in the PostgreSQL membership tables. The silos set
    /// the schema up; the client only reads it, through a data source with the same search path.
    /// </summary>
    public static IClientBuilder UseSupportGrainsClustering(this IClientBuilder builder, DbDataSource dataSource)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        return builder.UseAdoNetClustering(options =>
        {
            options.Invariant = StorageInvariants.Postgres;
            options.DataSource = dataSource;
        });
    }
}
