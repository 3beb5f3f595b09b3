using System.Data.Common;
using Microsoft.Data.Sqlite;
using Xunit;

namespace SupportGrains.Silo.Tests.Storage;

public sealed class SqliteWriteQueueTests
{
    [Fact]
    public async Task Every_connection_the_data_source_opens_has_the_pragmas()
    {
        using var file = new SqliteTestFile();
        await using var dataSource = new SqliteStorageDataSource(file.ConnectionString);
        for (var i = 0; i < 3; i++)
        {
            if (i == 2)
            {
                // A fresh handle, not one from the pool.
                SqliteConnection.ClearAllPools();
            }

            // Pooled connections are handed out again; each open must still carry the settings.
            await using var connection = await dataSource.OpenConnectionAsync();
            Assert.Equal("wal", await ScalarAsync(connection, "PRAGMA journal_mode"));
            Assert.Equal(2L, await ScalarAsync(connection, "PRAGMA synchronous"));
            Assert.Equal(5000L, await ScalarAsync(connection, "PRAGMA busy_timeout"));
            Assert.Equal(67108864L, await ScalarAsync(connection, "PRAGMA journal_size_limit"));
        }
    }

    [Theory]
    [InlineData("SELECT QueryKey, QueryText FROM OrleansQuery", "None")]
    [InlineData("  -- comment\n /* block */ select 1", "None")]
    [InlineData("PRAGMA journal_mode = WAL;", "None")]
    [InlineData("SELECTED_NONSENSE", "Serial")]
    [InlineData("WITH x AS (SELECT 1) INSERT INTO t SELECT * FROM x", "Serial")]
    [InlineData("UPDATE t SET a = 1", "Serial")]
    public void Statements_are_told_apart_by_text(string text, string expected)
    {
        using var queue = new SqliteWriteQueue("Data Source=unused.db", new HashSet<string>(), 1);
        Assert.Equal(expected, queue.Classify(text).ToString());
    }

    [Fact]
    public void Our_write_statements_are_grouped_and_our_reads_are_not_queued()
    {
        using var queue = new SqliteWriteQueue("Data Source=unused.db", StorageQueries.WriteTexts(StorageProvider.Sqlite), 1);
        foreach (var (key, text) in StorageQueries.For(StorageProvider.Sqlite))
        {
            var expected = StorageQueries.WriteKeys.Contains(key) ? SqliteWriteKind.Batchable : SqliteWriteKind.None;
            Assert.Equal(expected, queue.Classify(text));
        }
    }

    [Fact]
    public async Task Concurrent_writes_share_commits_and_each_caller_gets_its_own_result()
    {
        using var file = new SqliteTestFile();
        await using var dataSource = new SqliteStorageDataSource(file.ConnectionString);
        await new StorageSchema(StorageProvider.Sqlite, dataSource).ApplyAsync();
        var queries = new OrleansStyleQueries(StorageProvider.Sqlite, dataSource);
        var keys = Enumerable.Range(0, 50).Select(i => new StateKey(i, 0, 0, 1, "counter", $"k{i}", "svc")).ToArray();
        await Task.WhenAll(keys.Select(key => queries.WriteAsync(key, null, [1])));

        // Half hold the current ETag, half a stale one: in the same commits, each must get its own answer.
        var results = await Task.WhenAll(keys.Select((key, i) => queries.WriteAsync(key, i % 2 == 0 ? 1 : 7, [2])));

        for (var i = 0; i < keys.Length; i++)
        {
            Assert.Equal(i % 2 == 0 ? 2 : null, results[i]);
        }

        Assert.Equal(100, dataSource.Writes);
        Assert.True(dataSource.Commits < dataSource.Writes, $"expected grouped commits, got {dataSource.Commits} for {dataSource.Writes} writes");
    }

    [Fact]
    public async Task A_failing_write_fails_alone_and_the_rest_of_its_group_commits()
    {
        using var file = new SqliteTestFile();
        await using var dataSource = new SqliteStorageDataSource(file.ConnectionString);
        await new StorageSchema(StorageProvider.Sqlite, dataSource).ApplyAsync();
        var writeText = StorageQueries.For(StorageProvider.Sqlite).Single(query => query.Key == "WriteToStorageKey").Value;

        var writes = Enumerable.Range(0, 30).Select(i => WriteAsync(dataSource, writeText, i, grainType: i == 15 ? null : "counter")).ToArray();
        var outcome = await Task.WhenAll(writes.Select(async write =>
        {
            try
            {
                return (Version: await write, Error: (Exception?)null);
            }
            catch (SqliteException exception)
            {
                return (Version: (long?)null, Error: exception);
            }
        }));

        for (var i = 0; i < outcome.Length; i++)
        {
            if (i == 15)
            {
                Assert.Contains("NOT NULL", outcome[i].Error!.Message);
            }
            else
            {
                Assert.Equal(1L, outcome[i].Version);
            }
        }

        Assert.Equal(29L, file.Scalar("SELECT count(*) FROM orleans_storage"));
    }

    [Fact]
    public async Task A_write_cancelled_while_queued_is_not_executed()
    {
        using var file = new SqliteTestFile();
        await using var dataSource = new SqliteStorageDataSource(file.ConnectionString);
        await new StorageSchema(StorageProvider.Sqlite, dataSource).ApplyAsync();
        var writeText = StorageQueries.For(StorageProvider.Sqlite).Single(query => query.Key == "WriteToStorageKey").Value;
        using var cancellation = new CancellationTokenSource();

        // Park the writer thread on a statement that waits for SQLite's write lock, held by another connection,
        // so the next two writes are certainly still queued when one of them is cancelled.
        using var blocker = new SqliteConnection(file.ConnectionString);
        blocker.Open();
        using (var begin = new SqliteCommand("BEGIN IMMEDIATE;", blocker))
        {
            begin.ExecuteNonQuery();
        }

        var parked = ExecuteAsync(dataSource, "UPDATE orleans_storage SET version = version WHERE grain_id_hash = -1;");
        await Task.Delay(200);
        var first = WriteAsync(dataSource, writeText, 1, "counter");
        var cancelled = WriteAsync(dataSource, writeText, 2, "counter", cancellation.Token);
        await cancellation.CancelAsync();
        using (var commit = new SqliteCommand("COMMIT;", blocker))
        {
            commit.ExecuteNonQuery();
        }

        await parked;
        Assert.Equal(1L, await first);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        Assert.Equal(1L, file.Scalar("SELECT count(*) FROM orleans_storage"));
    }

    private static async Task<long?> WriteAsync(DbDataSource dataSource, string writeText, int id, string? grainType, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        OrleansStyleQueries.Add(command, "GrainIdHash", id);
        OrleansStyleQueries.Add(command, "GrainIdN0", 0L);
        OrleansStyleQueries.Add(command, "GrainIdN1", (long)id);
        OrleansStyleQueries.Add(command, "GrainTypeHash", 5);
        OrleansStyleQueries.Add(command, "GrainTypeString", grainType);
        OrleansStyleQueries.Add(command, "GrainIdExtensionString", (string?)null);
        OrleansStyleQueries.Add(command, "ServiceId", "svc");
        OrleansStyleQueries.Add(command, "GrainStateVersion", (int?)null);
        OrleansStyleQueries.Add(command, "PayloadBinary", new byte[] { 1 });
        command.CommandText = writeText;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? reader.GetInt64(0) : null;
    }

    private static async Task ExecuteAsync(DbDataSource dataSource, string sql)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
    }

    private static async Task<object?> ScalarAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
