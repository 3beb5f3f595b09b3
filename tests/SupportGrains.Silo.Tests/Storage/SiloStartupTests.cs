using Xunit;

namespace SupportGrains.Silo.Tests.Storage;

public sealed class SiloStartupTests
{
    [Fact]
    public async Task A_silo_on_the_previous_runtimes_database_refuses_to_start_and_says_why()
    {
        using var file = new SqliteTestFile();
        file.Execute("CREATE TABLE grain_state (id TEXT PRIMARY KEY, data BLOB); CREATE TABLE reminders (id TEXT PRIMARY KEY);");
        await using var dataSource = new SqliteStorageDataSource(file.ConnectionString);

        var error = await Assert.ThrowsAnyAsync<Exception>(() => TestSilo.StartAsync(StorageProvider.Sqlite, dataSource, "svc-old"));

        var cause = Flatten(error).OfType<IncompatibleDatabaseException>().FirstOrDefault();
        Assert.True(cause is not null, $"expected an {nameof(IncompatibleDatabaseException)} in {error}");
        Assert.Contains("grain_state, reminders", cause.Message);
        Assert.Null(file.Scalar("SELECT name FROM sqlite_master WHERE name = 'OrleansQuery'"));
    }

    [Fact]
    public async Task The_schema_is_in_place_before_the_providers_read_their_queries()
    {
        using var file = new SqliteTestFile();
        await using var dataSource = new SqliteStorageDataSource(file.ConnectionString);

        // A brand-new file: the silo only starts if the set-up ran before storage and reminders initialised.
        var host = await TestSilo.StartAsync(StorageProvider.Sqlite, dataSource, "svc-new");
        try
        {
            Assert.Equal(1, await TestSilo.Grains(host).GetGrain<ICounterGrain>("first").Increment("x"));
        }
        finally
        {
            await TestSilo.StopAsync(host);
        }
    }

    private static IEnumerable<Exception> Flatten(Exception exception)
    {
        yield return exception;
        if (exception is AggregateException aggregate)
        {
            foreach (var inner in aggregate.InnerExceptions.SelectMany(Flatten))
            {
                yield return inner;
            }
        }
        else if (exception.InnerException is not null)
        {
            foreach (var inner in Flatten(exception.InnerException))
            {
                yield return inner;
            }
        }
    }
}
