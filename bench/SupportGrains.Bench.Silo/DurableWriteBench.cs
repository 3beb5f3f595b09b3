using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SupportGrains.Silo;
using SupportGrains.Silo.Hosting;
using SupportGrains.Silo.Runtime;
using SupportGrains.Silo.Storage;
using SupportGrains.Silo.Storage.Postgres;
using SupportGrains.Silo.Storage.Sqlite;
using SupportGrains.Testing;

namespace SupportGrains.Bench.Silo;

/// <summary>
/// Durable state writes per second from 100 concurrent grains, each awaiting its own write before
/// the next, on SQLite and PostgreSQL; beside them, one grain writing alone (every write its own
/// commit), the rate a store gives without group commit.
/// </summary>
public static class DurableWriteBench
{
    private const int Writers = 100;

    public static async Task RunAsync(TimeSpan duration)
    {
        using var folder = new TempDirectory("sg-bench");
        var sqlite = new SqliteStorageOptions { DatabasePath = folder.File("bench.db") };
        Console.WriteLine();
        Console.WriteLine($"durable writes (WriteStateAsync acknowledged after commit), {duration.TotalSeconds:0} s each");
        await RunOneAsync("SQLite (WAL, synchronous=FULL)", silo => silo.AddSqliteGrainStorage("Default", sqlite), duration);

        var server = await PostgresServer.GetAsync();
        var postgres = new PostgresStorageOptions { ConnectionString = await server.CreateDatabaseAsync() };
        await RunOneAsync("PostgreSQL 15 (fsync on)", silo => silo.AddPostgresGrainStorage("Default", postgres), duration);
        server.Stop();
    }

    private static async Task RunOneAsync(string name, Action<ISiloBuilder> store, TimeSpan duration)
    {
        var services = new ServiceCollection().AddLogging().AddSilo(store).BuildServiceProvider();
        var runtime = services.GetRequiredService<GrainRuntime>();
        foreach (var hosted in services.GetServices<IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None);
        }

        var grains = Enumerable.Range(0, Writers).Select(i => runtime.GetGrain<IWriterGrain>(i)).ToArray();
        await Task.WhenAll(grains.Select(g => g.WriteAsync()));

        var many = await Measure.ClosedLoopAsync(Writers, duration, async (c, _) => await grains[c].WriteAsync());
        var alone = await Measure.ClosedLoopAsync(1, duration, async (_, _) => await grains[0].WriteAsync());
        Console.WriteLine($"  {name}");
        Console.WriteLine($"    {Writers} grains writing:  {many.CallsPerSecond,10:N0} writes/s   p50 {many.P50Micros / 1000,6:N2} ms   p99 {many.P99Micros / 1000,6:N2} ms");
        Console.WriteLine($"    one grain writing:   {alone.CallsPerSecond,10:N0} writes/s   p50 {alone.P50Micros / 1000,6:N2} ms   (a commit per write)");
        await runtime.DisposeAsync();
        await services.DisposeAsync();
    }
}
