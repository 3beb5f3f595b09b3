using Xunit;

namespace SupportGrains.Silo.Tests.Storage;

public sealed class StorageSchemaTests
{
    [Fact]
    public async Task Sqlite_set_up_is_idempotent_and_writes_every_query()
    {
        using var file = new SqliteTestFile();
        await using var dataSource = new SqliteStorageDataSource(file.ConnectionString);
        var schema = new StorageSchema(StorageProvider.Sqlite, dataSource);
        await schema.ApplyAsync();
        await schema.ApplyAsync();

        Assert.Equal(2L, file.Scalar("SELECT count(*) FROM supportgrains_schema"));
        Assert.Equal(2L, file.Scalar("SELECT max(version) FROM supportgrains_schema"));
        Assert.Equal((long)StorageQueries.For(StorageProvider.Sqlite).Count, file.Scalar("SELECT count(*) FROM OrleansQuery"));
        Assert.Equal("wal", file.Scalar("PRAGMA journal_mode"));
    }

    [Fact]
    public async Task Sqlite_set_up_from_several_processes_at_once_is_safe()
    {
        using var file = new SqliteTestFile();

        // Separate data sources stand in for separate processes: each has its own connections and writer.
        var dataSources = Enumerable.Range(0, 4).Select(_ => new SqliteStorageDataSource(file.ConnectionString)).ToList();
        try
        {
            await Task.WhenAll(dataSources.Select(dataSource => Task.Run(() => new StorageSchema(StorageProvider.Sqlite, dataSource).ApplyAsync())));
        }
        finally
        {
            foreach (var dataSource in dataSources)
            {
                await dataSource.DisposeAsync();
            }
        }

        Assert.Equal(2L, file.Scalar("SELECT count(*) FROM supportgrains_schema"));
    }

    [Fact]
    public async Task Sqlite_set_up_rewrites_changed_query_texts()
    {
        using var file = new SqliteTestFile();
        await using var dataSource = new SqliteStorageDataSource(file.ConnectionString);
        var schema = new StorageSchema(StorageProvider.Sqlite, dataSource);
        await schema.ApplyAsync();
        file.Execute("UPDATE OrleansQuery SET QueryText = 'stale' WHERE QueryKey = 'WriteToStorageKey'; INSERT INTO OrleansQuery VALUES ('Leftover', 'x');");

        await schema.ApplyAsync();

        var expected = StorageQueries.For(StorageProvider.Sqlite).Single(query => query.Key == "WriteToStorageKey").Value;
        Assert.Equal(expected, file.Scalar("SELECT QueryText FROM OrleansQuery WHERE QueryKey = 'WriteToStorageKey'"));
        Assert.Equal(0L, file.Scalar("SELECT count(*) FROM OrleansQuery WHERE QueryKey = 'Leftover'"));
    }

    [Theory]
    [InlineData("CREATE TABLE grain_state (id TEXT PRIMARY KEY, data BLOB)", "grain_state")]
    [InlineData("CREATE TABLE reminders (id TEXT PRIMARY KEY)", "reminders")]
    public async Task Sqlite_set_up_refuses_the_previous_runtimes_database(string oldTable, string name)
    {
        using var file = new SqliteTestFile();
        file.Execute(oldTable);
        await using var dataSource = new SqliteStorageDataSource(file.ConnectionString);

        var error = await Assert.ThrowsAsync<IncompatibleDatabaseException>(() => new StorageSchema(StorageProvider.Sqlite, dataSource).ApplyAsync());

        Assert.Contains(name, error.Message);
        Assert.Contains(file.Path, error.Message);
        Assert.Contains("Move the database file aside", error.Message);
        Assert.Null(file.Scalar("SELECT name FROM sqlite_master WHERE name = 'supportgrains_schema'"));
    }

    [Fact]
    public async Task Sqlite_set_up_refuses_tables_it_did_not_create()
    {
        using var file = new SqliteTestFile();
        file.Execute("CREATE TABLE OrleansQuery (QueryKey TEXT PRIMARY KEY, QueryText TEXT NOT NULL)");
        await using var dataSource = new SqliteStorageDataSource(file.ConnectionString);

        var error = await Assert.ThrowsAsync<IncompatibleDatabaseException>(() => new StorageSchema(StorageProvider.Sqlite, dataSource).ApplyAsync());

        Assert.Contains("orleansquery", error.Message);
    }

    [Fact]
    public async Task Sqlite_set_up_refuses_a_schema_from_a_newer_build()
    {
        using var file = new SqliteTestFile();
        await using var dataSource = new SqliteStorageDataSource(file.ConnectionString);
        var schema = new StorageSchema(StorageProvider.Sqlite, dataSource);
        await schema.ApplyAsync();
        file.Execute("INSERT INTO supportgrains_schema VALUES (99, 'later')");

        var error = await Assert.ThrowsAsync<IncompatibleDatabaseException>(() => schema.ApplyAsync());

        Assert.Contains("99", error.Message);
    }

    [Fact]
    public async Task Postgres_set_up_is_idempotent_and_safe_from_several_processes_at_once()
    {
        await using var schema = await PostgresTestSchema.CreateAsync();
        var connectionString = await TestPostgres.ConnectionStringAsync();
        var dataSources = Enumerable.Range(0, 4).Select(_ => PostgresStorageDataSource.Create(connectionString, schema.Name)).ToList();
        try
        {
            await Task.WhenAll(dataSources.Select(dataSource => Task.Run(() => new StorageSchema(StorageProvider.Postgres, dataSource, schema.Name).ApplyAsync())));
            await new StorageSchema(StorageProvider.Postgres, schema.DataSource, schema.Name).ApplyAsync();
        }
        finally
        {
            foreach (var dataSource in dataSources)
            {
                await dataSource.DisposeAsync();
            }
        }

        Assert.Equal(2L, await schema.ScalarAsync("SELECT count(*) FROM supportgrains_schema"));
        Assert.Equal((long)StorageQueries.For(StorageProvider.Postgres).Count, await schema.ScalarAsync("SELECT count(*) FROM OrleansQuery"));
        Assert.Equal(schema.Name, await schema.ScalarAsync("SELECT schemaname::text FROM pg_tables WHERE tablename = 'orleans_storage' AND schemaname = current_schema()"));
    }

    [Fact]
    public async Task Postgres_set_up_refuses_the_previous_runtimes_schema()
    {
        await using var schema = await PostgresTestSchema.CreateAsync();
        await schema.ExecuteAsync($"CREATE SCHEMA {schema.Name}; CREATE TABLE {schema.Name}.grain_state (id text PRIMARY KEY, data bytea);");

        var error = await Assert.ThrowsAsync<IncompatibleDatabaseException>(() => new StorageSchema(StorageProvider.Postgres, schema.DataSource, schema.Name).ApplyAsync());

        Assert.Contains("grain_state", error.Message);
        Assert.Contains(schema.Name, error.Message);
        Assert.Equal(0L, await schema.ScalarAsync($"SELECT count(*) FROM pg_tables WHERE schemaname = '{schema.Name}' AND tablename = 'supportgrains_schema'"));
    }

    [Fact]
    public async Task Postgres_set_up_refuses_a_data_source_whose_search_path_misses_the_schema()
    {
        await using var schema = await PostgresTestSchema.CreateAsync();
        await using var plain = Npgsql.NpgsqlDataSource.Create(await TestPostgres.ConnectionStringAsync());

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => new StorageSchema(StorageProvider.Postgres, plain, schema.Name).ApplyAsync());

        Assert.Contains($"Search Path={schema.Name}", error.Message);
    }
}
