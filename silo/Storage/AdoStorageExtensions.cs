using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SupportGrains.Silo.Hosting;
using SupportGrains.Silo.Storage.Postgres;
using SupportGrains.Silo.Storage.Sqlite;

namespace SupportGrains.Silo.Storage;

/// <summary>Registers the SQLite and PostgreSQL stores for grain state and reminders.</summary>
public static class AdoStorageExtensions
{
    /// <summary>Keeps grain state named <paramref name="name"/> in a SQLite file (WAL, durable writes, group commit).</summary>
    public static ISiloBuilder AddSqliteGrainStorage(this ISiloBuilder silo, string name, SqliteStorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentNullException.ThrowIfNull(options);
        silo.Services.AddKeyedSingleton(name, (sp, _) => new SqliteGrainStorage(options, sp.GetService<ILogger<SqliteGrainStorage>>()));
        return Register<SqliteGrainStorage>(silo, name, s => s.InitializeAsync(), (s, ct) => s.PingAsync(ct));
    }

    /// <summary>Keeps grain state named <paramref name="name"/> in PostgreSQL (group commit into one transaction per batch).</summary>
    public static ISiloBuilder AddPostgresGrainStorage(this ISiloBuilder silo, string name, PostgresStorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentNullException.ThrowIfNull(options);
        silo.Services.AddKeyedSingleton(name, (sp, _) => new PostgresGrainStorage(options, sp.GetService<ILogger<PostgresGrainStorage>>()));
        return Register<PostgresGrainStorage>(silo, name, s => s.InitializeAsync(), (s, ct) => s.PingAsync(ct));
    }

    /// <summary>Keeps reminders in the SQLite store registered as <paramref name="storageName"/>.</summary>
    public static ISiloBuilder UseSqliteReminders(this ISiloBuilder silo, string storageName = "Default") =>
        silo.UseReminderTable(sp => sp.GetRequiredKeyedService<SqliteGrainStorage>(storageName));

    /// <summary>Keeps reminders in the PostgreSQL store registered as <paramref name="storageName"/>.</summary>
    public static ISiloBuilder UsePostgresReminders(this ISiloBuilder silo, string storageName = "Default") =>
        silo.UseReminderTable(sp => sp.GetRequiredKeyedService<PostgresGrainStorage>(storageName));

    private static ISiloBuilder Register<TStore>(ISiloBuilder silo, string name, Func<TStore, Task> initialize, Func<TStore, CancellationToken, Task<bool>> ping)
        where TStore : class, IGrainStorage
    {
        silo.AddGrainStorage(name, sp => sp.GetRequiredKeyedService<TStore>(name));
        silo.Services.AddHostedService(sp => new StorageStartup(() => initialize(sp.GetRequiredKeyedService<TStore>(name))));
        silo.Services.AddHealthChecks().Add(new Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckRegistration(
            "storage-" + name,
            sp => new StorageHealthCheck(name, ct => ping(sp.GetRequiredKeyedService<TStore>(name), ct)),
            failureStatus: null,
            tags: ["storage"]));
        return silo;
    }
}
