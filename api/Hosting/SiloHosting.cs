using SupportGrains.Silo.Hosting;
using SupportGrains.Silo.Storage;
using SupportGrains.Silo.Storage.Postgres;
using SupportGrains.Silo.Storage.Sqlite;

namespace SupportGrains.Api.Hosting;

/// <summary>
/// The co-hosted silo and its store, from configuration: SQLite by default (a file under the
/// app's data folder), PostgreSQL when <c>Storage:Provider</c> is Postgres.
/// </summary>
public static class SiloHosting
{
    public static IHostApplicationBuilder AddSupportGrainsSilo(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var storage = builder.Configuration.GetSection("Storage");
        var provider = storage["Provider"] ?? "Sqlite";
        builder.Services.AddSilo(silo =>
        {
            if (string.Equals(provider, "Postgres", StringComparison.OrdinalIgnoreCase))
            {
                var connectionString = storage["PostgresConnectionString"] ?? builder.Configuration.GetConnectionString("Postgres")
                    ?? throw new InvalidOperationException("Storage:Provider is Postgres but no connection string is set (Storage:PostgresConnectionString or ConnectionStrings:Postgres).");
                silo.AddPostgresGrainStorage(Grains.Common.StorageNames.Default, new PostgresStorageOptions
                {
                    ConnectionString = connectionString,
                    Schema = storage["PostgresSchema"] ?? "supportgrains",
                });
                silo.UsePostgresReminders();
            }
            else if (string.Equals(provider, "Sqlite", StringComparison.OrdinalIgnoreCase))
            {
                var path = storage["SqlitePath"] ?? Path.Combine("data", "supportgrains.db");
                silo.AddSqliteGrainStorage(Grains.Common.StorageNames.Default, new SqliteStorageOptions
                {
                    DatabasePath = Path.IsPathRooted(path) ? path : Path.Combine(builder.Environment.ContentRootPath, path),
                });
                silo.UseSqliteReminders();
            }
            else
            {
                throw new InvalidOperationException($"Storage:Provider \"{provider}\" is not known: use Sqlite or Postgres.");
            }
        });
        builder.Services.AddSingleton(TimeProvider.System);
        return builder;
    }
}
