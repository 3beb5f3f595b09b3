using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SupportGrains.Silo.Hosting;
using SupportGrains.Silo.Storage;
using SupportGrains.Silo.Storage.Postgres;
using SupportGrains.Silo.Storage.Sqlite;
using SupportGrains.Silo.Testing;
using SupportGrains.Silo.Tests.Grains;
using SupportGrains.Testing;

namespace SupportGrains.Silo.Tests.Persistence;

/// <summary>Grains on the real stores: state and reminders survive a restart on SQLite and on PostgreSQL.</summary>
public sealed class DurableClusterTests : IDisposable
{
    private readonly TempDirectory _folder = new();
    private readonly Probe _probe = new();
    private readonly FakeTimeProvider _time = new();

    public static TheoryData<string> Stores => new() { "sqlite", "postgres" };

    private async Task<Action<ISiloBuilder>> StoreAsync(string store)
    {
        if (store == "sqlite")
        {
            var options = new SqliteStorageOptions { DatabasePath = _folder.File("cluster.db") };
            return silo => silo.AddSqliteGrainStorage("Default", options).UseSqliteReminders();
        }

        var postgres = new PostgresStorageOptions { ConnectionString = await (await PostgresServer.GetAsync()).CreateDatabaseAsync() };
        return silo => silo.AddPostgresGrainStorage("Default", postgres).UsePostgresReminders();
    }

    private Task<TestCluster> StartAsync(Action<ISiloBuilder> store) => TestCluster.StartAsync(store, o =>
    {
        o.TimeProvider = _time;
        o.Services = s => s.AddSingleton(_probe);
    });

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task State_survives_a_restart(string store)
    {
        await using var cluster = await StartAsync(await StoreAsync(store));
        var counter = cluster.GrainFactory.GetGrain<ICounterGrain>("durable");
        await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => counter.IncrementAsync().AsTask()));

        await cluster.RestartAsync();

        Assert.Equal(5, await cluster.GrainFactory.GetGrain<ICounterGrain>("durable").GetAsync());
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Reminders_survive_a_restart(string store)
    {
        await using var cluster = await StartAsync(await StoreAsync(store));
        await cluster.GrainFactory.GetGrain<ITimerGrain>("durable-reminder").RegisterReminderAsync("weekly", TimeSpan.FromMinutes(5));

        await cluster.RestartAsync();
        _time.Advance(TimeSpan.FromMinutes(5));

        await Eventually.True(() => _probe.Count("reminder:weekly") == 1, "the reminder fires after the restart");
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task A_write_behind_the_grains_back_is_detected(string store)
    {
        await using var cluster = await StartAsync(await StoreAsync(store));
        var counter = cluster.GrainFactory.GetGrain<ICounterGrain>("etag");
        await counter.IncrementAsync();
        var storage = cluster.Services.GetRequiredKeyedService<IGrainStorage>("Default");
        var key = new GrainStateKey("supportgrains", "counter", "etag", "counter");
        var stored = await storage.ReadAsync(key, default);
        await storage.WriteAsync(key, """{"value":10,"history":[10]}""", stored!.Etag, default);

        await Assert.ThrowsAsync<InconsistentStateException>(async () => await counter.IncrementAsync());

        Assert.Equal(11, await counter.IncrementAsync());
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task The_store_reports_healthy(string store)
    {
        await using var cluster = await StartAsync(await StoreAsync(store));
        var health = cluster.Services.GetRequiredService<Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckService>();

        var report = await health.CheckHealthAsync();

        Assert.Equal(Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy, report.Status);
        Assert.Contains("storage-Default", report.Entries.Keys);
        Assert.Contains("silo", report.Entries.Keys);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
