using System.Data.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans;
using Orleans.Hosting;
using Orleans.Providers;
using Orleans.Runtime;

namespace SupportGrains.Silo.Storage;

public static class StorageSiloBuilderExtensions
{
    /// <summary>
    /// Uses <paramref name="dataSource"/> for grain state (as the storage provider named
    /// <paramref name="grainStorageName"/>) and for reminders, and sets up or upgrades the schema before
    /// Orleans' providers start. For SQLite pass one <see cref="SqliteStorageDataSource"/> per database file;
    /// for PostgreSQL one from <see cref="PostgresStorageDataSource.Create"/> with the same schema name.
    /// The caller owns the data source and disposes it after the host has stopped.
    /// </summary>
    public static ISiloBuilder AddSupportGrainsStore(
        this ISiloBuilder builder,
        StorageProvider provider,
        DbDataSource dataSource,
        string postgresSchema = StorageSchema.DefaultPostgresSchema,
        string grainStorageName = ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        var invariant = StorageInvariants.For(provider);
        builder.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(services =>
            new StorageSchemaLifecycle(new StorageSchema(provider, dataSource, postgresSchema, services.GetService<ILogger<StorageSchema>>())));
        builder.AddAdoNetGrainStorage(grainStorageName, options =>
        {
            options.Invariant = invariant;
            options.DataSource = dataSource;
        });
        builder.UseAdoNetReminderService(options =>
        {
            options.Invariant = invariant;
            options.DataSource = dataSource;
        });
        return builder;
    }

    /// <summary>
    /// Uses the PostgreSQL membership tables set up by <see cref="AddSupportGrainsStore"/> for clustering.
    /// </summary>
    public static ISiloBuilder UseSupportGrainsClustering(this ISiloBuilder builder, DbDataSource dataSource)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        return builder.UseAdoNetClustering(options =>
        {
            options.Invariant = StorageInvariants.Postgres;
            options.DataSource = dataSource;
        });
    }
}
