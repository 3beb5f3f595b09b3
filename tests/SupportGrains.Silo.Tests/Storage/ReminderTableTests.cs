using System.Data.Common;
using Microsoft.Extensions.DependencyInjection;
using Orleans;
using Orleans.Runtime;
using Xunit;

namespace SupportGrains.Silo.Tests.Storage;

// Orleans' own AdoNetReminderTable (taken from a running silo) against our reminder queries.
public sealed class ReminderTableTests
{
    [Fact]
    public async Task Sqlite_reminder_rows_round_trip_and_ring_ranges_select_by_hash()
    {
        using var file = new SqliteTestFile();
        await using var dataSource = new SqliteStorageDataSource(file.ConnectionString);
        await CheckAsync(StorageProvider.Sqlite, dataSource, StorageSchema.DefaultPostgresSchema);
    }

    [Fact]
    public async Task Postgres_reminder_rows_round_trip_and_ring_ranges_select_by_hash()
    {
        await using var schema = await PostgresTestSchema.CreateAsync();
        await CheckAsync(StorageProvider.Postgres, schema.DataSource, schema.Name);
    }

    private static async Task CheckAsync(StorageProvider provider, DbDataSource dataSource, string postgresSchema)
    {
        var host = await TestSilo.StartAsync(provider, dataSource, "svc-" + Guid.NewGuid().ToString("N")[..8], postgresSchema);
        try
        {
            var table = host.Services.GetRequiredService<IReminderTable>();
            var startAt = new DateTime(2030, 5, 6, 7, 8, 9, 123, DateTimeKind.Utc);
            var grains = Enumerable.Range(0, 12).Select(i => GrainId.Create("reminder-table-test", $"g{i}")).ToArray();
            foreach (var grain in grains)
            {
                Assert.Equal("0", await table.UpsertRow(new ReminderEntry { GrainId = grain, ReminderName = "r", StartAt = startAt, Period = TimeSpan.FromMinutes(3) }));
            }

            Assert.Equal("1", await table.UpsertRow(new ReminderEntry { GrainId = grains[0], ReminderName = "r", StartAt = startAt, Period = TimeSpan.FromDays(40) }));
            var row = await table.ReadRow(grains[0], "r");
            Assert.NotNull(row);
            Assert.Equal(startAt, row.StartAt);
            Assert.Equal(TimeSpan.FromDays(40), row.Period);
            Assert.Equal("1", row.ETag);
            Assert.Null(await table.ReadRow(grains[0], "missing"));
            Assert.Single((await table.ReadRows(grains[1])).Reminders);

            var hashes = grains.Select(grain => grain.GetUniformHashCode()).OrderBy(hash => (int)hash).ToArray();
            var begin = hashes[2];
            var end = hashes[8];
            Assert.Equal(6, (await table.ReadRows(begin, end)).Reminders.Count);
            Assert.Equal(6, (await table.ReadRows(end, begin)).Reminders.Count);
            Assert.Equal(12, (await table.ReadRows(begin, begin)).Reminders.Count);

            Assert.False(await table.RemoveRow(grains[0], "r", "0"));
            Assert.True(await table.RemoveRow(grains[0], "r", "1"));
            Assert.Null(await table.ReadRow(grains[0], "r"));
        }
        finally
        {
            await TestSilo.StopAsync(host);
        }
    }
}
