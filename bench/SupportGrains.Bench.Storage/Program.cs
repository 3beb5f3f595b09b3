using System.Data;
using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Orleans;
using Orleans.Configuration;
using Orleans.Hosting;
using SupportGrains.Bench.Storage;
using SupportGrains.Silo.Storage;

// Durable writes on both stores, each beside its floor measured in the same run; see README "Benchmarks".
// Usage: dotnet run -c Release --project bench/SupportGrains.Bench.Storage -- [--seconds N] [--rounds N] [--postgres "<connection string>"] [--only sqlite|postgres] [--batch N] [--skip batched|single|one|stock] [--quiet-wait S]
var seconds = 10;
var rounds = 3;
string? postgres = null;
string? only = null;
int? batchOverride = null;
var skip = new List<string>();
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--seconds":
            seconds = int.Parse(args[++i], CultureInfo.InvariantCulture);
            break;
        case "--postgres":
            postgres = args[++i];
            break;
        case "--only":
            only = args[++i];
            break;
        case "--quiet-wait":
            Measurement.QuietWait = TimeSpan.FromSeconds(int.Parse(args[++i], CultureInfo.InvariantCulture));
            break;
        case "--rounds":
            rounds = int.Parse(args[++i], CultureInfo.InvariantCulture);
            break;
        case "--batch":
            batchOverride = int.Parse(args[++i], CultureInfo.InvariantCulture);
            break;
        case "--skip":
            skip.Add(args[++i]);
            break;
    }
}

var window = TimeSpan.FromSeconds(seconds);
var warmUp = TimeSpan.FromSeconds(2);
const int Grains = 100;
var root = Path.Combine(Path.GetTempPath(), "sg-storage-bench", DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture));
Directory.CreateDirectory(root);
var results = new List<(string Section, int Round, string Scenario, Measurement Result)>();
Console.WriteLine($"Each window starts after up to {Measurement.QuietWait.TotalSeconds} s of waiting for 3 s in which other processes use < {Measurement.QuietLimit} cores.");
Console.WriteLine($"StorageBench {DateTime.Now:yyyy-MM-dd HH:mm:ss zzz}, {Environment.ProcessorCount} cores, {rounds} rounds, window {seconds} s (+{warmUp.TotalSeconds} s warm-up), {Grains} grains, files under {root}");

const string SqliteFloor = "SQLite floor: 1 connection, 1 transaction per upsert";
const string SqliteBatched = "SQLite Orleans 100 grains, queue + group commit";
const string SqliteSingle = "SQLite Orleans 100 grains, queue, 1 commit per write";
const string SqliteOne = "SQLite Orleans 1 grain, queue";
const string SqliteStock = "SQLite Orleans 100 grains, stock (connection string)";
const string PostgresFloor = "PostgreSQL floor: 100 tasks, pooled conn per upsert";
const string PostgresMany = "PostgreSQL Orleans 100 grains";
const string PostgresOne = "PostgreSQL Orleans 1 grain";

if (only is null or "sqlite")
{
    var payloadSize = await SqlitePayloadSizeAsync();
    var batch = batchOverride ?? SqliteStorageDataSource.DefaultMaxWritesPerCommit;
    Console.WriteLine($"SQLite payload: {payloadSize} bytes (System.Text.Json of the bench grain's state); group commit takes up to {batch} writes");
    for (var round = 1; round <= rounds; round++)
    {
        results.Add(("sqlite", round, SqliteFloor, await SqliteFloorAsync(payloadSize, $"[{round}] {SqliteFloor}")));
        if (!skip.Contains("batched"))
        {
            results.Add(("sqlite", round, SqliteBatched, await SqliteOrleansAsync(Grains, batch, $"[{round}] {SqliteBatched}")));
        }

        if (!skip.Contains("single"))
        {
            results.Add(("sqlite", round, SqliteSingle, await SqliteOrleansAsync(Grains, 1, $"[{round}] {SqliteSingle}")));
        }

        if (!skip.Contains("one"))
        {
            results.Add(("sqlite", round, SqliteOne, await SqliteOrleansAsync(1, batch, $"[{round}] {SqliteOne}")));
        }

        if (!skip.Contains("stock") && round == 1)
        {
            results.Add(("sqlite", round, SqliteStock, await SqliteStockAsync(Grains, $"[{round}] {SqliteStock}")));
        }
    }
}

if (only is null or "postgres")
{
    // Without a server given, a throwaway one (fsync on) is started from the installed binaries, as the tests do.
    postgres ??= await (await SupportGrains.Testing.PostgresServer.GetAsync()).CreateDatabaseAsync();
    {
        var payloadSize = await PostgresPayloadSizeAsync(postgres);
        Console.WriteLine($"PostgreSQL payload: {payloadSize} bytes");
        for (var round = 1; round <= rounds; round++)
        {
            results.Add(("postgres", round, PostgresFloor, await PostgresFloorAsync(postgres, payloadSize, $"[{round}] {PostgresFloor}")));
            results.Add(("postgres", round, PostgresMany, await PostgresOrleansAsync(postgres, Grains, $"[{round}] {PostgresMany}")));
            results.Add(("postgres", round, PostgresOne, await PostgresOrleansAsync(postgres, 1, $"[{round}] {PostgresOne}")));
        }
    }
}

Console.WriteLine();
Console.WriteLine("Each figure is the median over the rounds; '% floor' is the median of each round's ratio to the floor measured in that round.");
Console.WriteLine($"{"scenario",-54} {"writes/s",9} {"p50 ms",8} {"p99 ms",8} {"% floor",8} {"floor/s",8} {"others",7}  target");
foreach (var section in results.GroupBy(result => result.Section))
{
    var (share, p99Target) = section.Key == "sqlite" ? (90.0, 50.0) : (80.0, 100.0);
    var floors = section.Where(result => result.Scenario is SqliteFloor or PostgresFloor).ToDictionary(result => result.Round, result => result.Result);
    foreach (var scenario in section.GroupBy(result => result.Scenario))
    {
        var runs = scenario.Select(result => result.Result).ToList();
        var perSecond = Median(runs.Select(run => run.PerSecond));
        var p50 = Median(runs.Select(run => run.Percentile(50)));
        var p99 = Median(runs.Select(run => run.Percentile(99)));
        var percent = Median(scenario.Select(result => 100.0 * result.Result.PerSecond / floors[result.Round].PerSecond));
        var floorPerSecond = Median(scenario.Select(result => floors[result.Round].PerSecond));
        var others = runs.Max(run => run.OtherCores);
        var target = scenario.Key is SqliteBatched or PostgresMany
            ? $">= {share}% of floor, p99 <= {p99Target} ms: {(percent >= share ? "met" : "NOT met")}, {(p99 <= p99Target ? "met" : "NOT met")}"
            : scenario.Key is SqliteSingle ? $"(same targets: {(percent >= share ? "met" : "NOT met")}, {(p99 <= p99Target ? "met" : "NOT met")})" : "";
        Console.WriteLine($"{scenario.Key,-54} {perSecond,9:F0} {p50,8:F2} {p99,8:F2} {percent,7:F0}% {floorPerSecond,8:F0} {others,7:F2}  {target}");
    }
}

Console.WriteLine("'others' = the most CPU (in cores) that other processes on the machine used during any of the scenario's windows; PostgreSQL's own processes are not counted.");
return;

static double Median(IEnumerable<double> values)
{
    var sorted = values.Order().ToArray();
    return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
}

static int FreePort()
{
    using var listener = new TcpListener(IPAddress.Loopback, 0);
    listener.Start();
    return ((IPEndPoint)listener.LocalEndpoint).Port;
}

static IHost BuildSilo(Action<ISiloBuilder> storage) => Host.CreateDefaultBuilder()
    .ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Error))
    .UseOrleans(silo =>
    {
        silo.UseLocalhostClustering(FreePort(), FreePort());
        silo.UseSystemTextJsonGrainStorageSerializer();
        storage(silo);
    })
    .Build();

async Task<Measurement> RunGrainsAsync(IHost host, int grains, string name)
{
    await host.StartAsync();
    var factory = host.Services.GetRequiredService<IGrainFactory>();
    var references = Enumerable.Range(0, grains).Select(i => factory.GetGrain<IBenchGrain>(i)).ToArray();
    var result = await Measurement.RunAsync(name, grains, warmUp, window, worker => references[worker].Write());
    await host.StopAsync();
    host.Dispose();
    Report(result);
    return result;
}

string NewSqliteFile(string name) => new SqliteConnectionStringBuilder { DataSource = Path.Combine(root, name + ".db") }.ToString();

async Task<int> SqlitePayloadSizeAsync()
{
    var connectionString = NewSqliteFile("payload");
    await using var dataSource = new SqliteStorageDataSource(connectionString);
    var host = BuildSilo(silo => silo.AddSupportGrainsStore(StorageProvider.Sqlite, dataSource));
    await host.StartAsync();
    await host.Services.GetRequiredService<IGrainFactory>().GetGrain<IBenchGrain>(0).Write();
    await host.StopAsync();
    host.Dispose();
    await using var connection = await dataSource.OpenConnectionAsync();
    await using var command = connection.CreateCommand();
    command.CommandText = "SELECT length(payload) FROM orleans_storage";
    return Convert.ToInt32(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
}

async Task<Measurement> SqliteFloorAsync(int payloadSize, string name)
{
    var connectionString = NewSqliteFile("floor-" + Guid.NewGuid().ToString("N")[..6]);
    await using (var setUp = new SqliteStorageDataSource(connectionString))
    {
        await new StorageSchema(StorageProvider.Sqlite, setUp).ApplyAsync();
    }

    SqliteConnection.ClearAllPools();
    using var connection = new SqliteConnection(connectionString);
    connection.Open();
    using (var pragmas = new SqliteCommand(SqlitePragmasText(), connection))
    {
        pragmas.ExecuteNonQuery();
    }

    // The same statement Orleans runs, with real ETags, in autocommit: one transaction and one fsync per write.
    using var command = new SqliteCommand(WriteQuery(StorageProvider.Sqlite), connection);
    var versions = new int?[Grains];
    var payload = new byte[payloadSize];
    var next = 0;
    var result = await Measurement.RunAsync(name, 1, warmUp, window, _ =>
    {
        var grain = next++ % Grains;
        command.Parameters.Clear();
        AddWriteParameters(command, grain, versions[grain], payload);
        versions[grain] = Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        return Task.CompletedTask;
    });
    Report(result);
    return result;
}

async Task<Measurement> SqliteOrleansAsync(int grains, int maxWritesPerCommit, string name)
{
    await using var dataSource = new SqliteStorageDataSource(NewSqliteFile("orleans-" + Guid.NewGuid().ToString("N")[..6]), maxWritesPerCommit);
    var host = BuildSilo(silo => silo.AddSupportGrainsStore(StorageProvider.Sqlite, dataSource));
    var result = await RunGrainsAsync(host, grains, name);
    Console.WriteLine($"      writes per commit: {(double)dataSource.Writes / Math.Max(1, dataSource.Commits):F1} (warm-up included)");
    return result;
}

async Task<Measurement> SqliteStockAsync(int grains, string name)
{
    var connectionString = NewSqliteFile("stock-" + Guid.NewGuid().ToString("N")[..6]);
    await using (var setUp = new SqliteStorageDataSource(connectionString))
    {
        await new StorageSchema(StorageProvider.Sqlite, setUp).ApplyAsync();
    }

    // Orleans opens a plain Microsoft.Data.Sqlite connection per operation: WAL (kept in the file) and the
    // default synchronous = FULL, but no queue, so writers meet SQLite's busy lock and retry with sleeps.
    var host = BuildSilo(silo => silo.AddAdoNetGrainStorage("Default", options =>
    {
        options.Invariant = "System.Data.SQLite";
        options.ConnectionString = connectionString;
    }));
    return await RunGrainsAsync(host, grains, name);
}

async Task<int> PostgresPayloadSizeAsync(string connectionString)
{
    var schema = "bench_payload";
    await ResetSchemaAsync(connectionString, schema);
    await using var dataSource = PostgresStorageDataSource.Create(connectionString, schema);
    var host = BuildSilo(silo => silo.AddSupportGrainsStore(StorageProvider.Postgres, dataSource, schema));
    await host.StartAsync();
    await host.Services.GetRequiredService<IGrainFactory>().GetGrain<IBenchGrain>(0).Write();
    await host.StopAsync();
    host.Dispose();
    await using var command = dataSource.CreateCommand("SELECT length(payload) FROM orleans_storage");
    return Convert.ToInt32(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
}

async Task<Measurement> PostgresFloorAsync(string connectionString, int payloadSize, string name)
{
    var schema = "bench_floor";
    await ResetSchemaAsync(connectionString, schema);
    await using var dataSource = PostgresStorageDataSource.Create(connectionString, schema);
    await new StorageSchema(StorageProvider.Postgres, dataSource, schema).ApplyAsync();
    var text = WriteQuery(StorageProvider.Postgres);
    var versions = new int?[Grains];
    var payload = new byte[payloadSize];
    var result = await Measurement.RunAsync(name, Grains, warmUp, window, async worker =>
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = text;
        AddWriteParameters(command, worker, versions[worker], payload);
        versions[worker] = Convert.ToInt32(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    });
    Report(result);
    return result;
}

async Task<Measurement> PostgresOrleansAsync(string connectionString, int grains, string name)
{
    var schema = "bench_orleans";
    await ResetSchemaAsync(connectionString, schema);
    await using var dataSource = PostgresStorageDataSource.Create(connectionString, schema);
    var host = BuildSilo(silo => silo.AddSupportGrainsStore(StorageProvider.Postgres, dataSource, schema));
    return await RunGrainsAsync(host, grains, name);
}

static async Task ResetSchemaAsync(string connectionString, string schema)
{
    await using var admin = NpgsqlDataSource.Create(connectionString);
    await using var command = admin.CreateCommand($"DROP SCHEMA IF EXISTS {schema} CASCADE");
    await command.ExecuteNonQueryAsync();
}

static string WriteQuery(StorageProvider provider)
{
    var assembly = typeof(StorageSchema).Assembly;
    var name = assembly.GetManifestResourceNames().Single(resource => resource.EndsWith($"Sql.{provider}.Queries.Persistence.sql", StringComparison.Ordinal));
    using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
    var text = reader.ReadToEnd().ReplaceLineEndings("\n");
    var start = text.IndexOf("-- QueryKey: WriteToStorageKey", StringComparison.Ordinal);
    var end = text.IndexOf("-- QueryKey:", start + 10, StringComparison.Ordinal);
    return text[(text.IndexOf('\n', start) + 1)..end].Trim();
}

static string SqlitePragmasText() =>
    "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000; PRAGMA journal_size_limit = 67108864;";

static void AddWriteParameters(DbCommand command, int grain, int? version, byte[] payload)
{
    Add(command, "GrainIdHash", DbType.Int32, grain * 7919);
    Add(command, "GrainIdN0", DbType.Int64, 0L);
    Add(command, "GrainIdN1", DbType.Int64, (long)grain);
    Add(command, "GrainTypeHash", DbType.Int32, 12345);
    Add(command, "GrainTypeString", DbType.String, "bench");
    Add(command, "GrainIdExtensionString", DbType.String, null);
    Add(command, "ServiceId", DbType.String, "bench");
    Add(command, "GrainStateVersion", DbType.Int32, version);
    Add(command, "PayloadBinary", DbType.Binary, payload);

    static void Add(DbCommand command, string name, DbType type, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.DbType = type;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }
}

static void Report(Measurement result) =>
    Console.WriteLine($"  {result.Name}: {result.PerSecond:F0} writes/s, p50 {result.Percentile(50):F2} ms, p99 {result.Percentile(99):F2} ms ({result.Count} writes; this process {result.OwnCores:F2} cores = {result.CpuMicrosecondsPerWrite:F0} us CPU/write; other processes {result.OtherCores:F2} cores in the window, {result.OthersBefore:F2} just before)");
