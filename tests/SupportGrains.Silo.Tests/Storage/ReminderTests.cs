using System.Data.Common;
using Xunit;

namespace SupportGrains.Silo.Tests.Storage;

public sealed class ReminderTests
{
    [Fact]
    public async Task Sqlite_reminder_survives_a_silo_restart()
    {
        using var file = new SqliteTestFile();
        await using var dataSource = new SqliteStorageDataSource(file.ConnectionString);
        await CheckRestartAsync(StorageProvider.Sqlite, dataSource, StorageSchema.DefaultPostgresSchema);
    }

    [Fact]
    public async Task Postgres_reminder_survives_a_silo_restart()
    {
        await using var schema = await PostgresTestSchema.CreateAsync();
        await CheckRestartAsync(StorageProvider.Postgres, schema.DataSource, schema.Name);
    }

    private static async Task CheckRestartAsync(StorageProvider provider, DbDataSource dataSource, string postgresSchema)
    {
        var serviceId = "svc-" + Guid.NewGuid().ToString("N")[..8];
        var grainKey = "reminder-" + serviceId;
        var host = await TestSilo.StartAsync(provider, dataSource, serviceId, postgresSchema);
        await TestSilo.Grains(host).GetGrain<IReminderTestGrain>(grainKey).Register("nudge", TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2));
        await WaitForTickAsync(grainKey, after: DateTime.UtcNow);
        await TestSilo.StopAsync(host);

        var restartedAt = DateTime.UtcNow;
        host = await TestSilo.StartAsync(provider, dataSource, serviceId, postgresSchema);
        try
        {
            var grain = TestSilo.Grains(host).GetGrain<IReminderTestGrain>(grainKey);
            Assert.Equal(["nudge"], await grain.List());
            await WaitForTickAsync(grainKey, after: restartedAt);

            await grain.Unregister("nudge");
            Assert.Empty(await grain.List());
        }
        finally
        {
            await TestSilo.StopAsync(host);
        }
    }

    private static async Task WaitForTickAsync(string grainKey, DateTime after)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!ReminderTestGrain.Ticks.Any(tick => tick.Grain == grainKey && tick.At > after))
        {
            Assert.True(DateTime.UtcNow < deadline, $"no reminder tick for {grainKey} after {after:O}");
            await Task.Delay(200);
        }
    }
}
