using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using SupportGrains.Grains.Common;
using SupportGrains.Grains.Organisations;
using SupportGrains.Grains.Sample;
using SupportGrains.Grains.Teams;
using SupportGrains.Silo;
using SupportGrains.Silo.Runtime;

namespace SupportGrains.Bench.Api;

/// <summary>
/// Many organisations of 19 people and 79 staff in one process, every grain live: memory; then,
/// after a restart (storage kept, no activations), the time to answer for one organisation.
/// </summary>
internal static class ManyOrganisationsBench
{
    public static async Task RunAsync(string folder, int organisations)
    {
        var database = Path.Combine(folder, "many.db");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var ids = Enumerable.Range(1, organisations).Select(i => $"org-m{i:D4}").ToList();
        Console.WriteLine();
        Console.WriteLine($"{organisations:N0} organisations of 19 people supported and 79 staff, SQLite, one process");
        var baseline = Memory();

        await using (var host = await ApiHost.StartAsync(database))
        {
            var loading = Stopwatch.StartNew();
            var loaded = 0;
            await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (id, _) =>
            {
                var seed = int.Parse(id[5..], System.Globalization.CultureInfo.InvariantCulture);
                await SampleLoader.LoadAsync(host.Grains, SampleOrganisation.Build(today, 19, 79, seed, id, $"Organisation {seed}"), today);
                var done = Interlocked.Increment(ref loaded);
                if (done % 250 == 0 && done < ids.Count)
                {
                    Console.WriteLine($"  loading: {done:N0} organisations in {loading.Elapsed.TotalSeconds:0} s");
                }
            });
            Console.WriteLine($"  loaded through the grains (every command written to SQLite) in {loading.Elapsed.TotalSeconds:0.0} s");

            // Every grain live: organisations, people, staff, matches and teams.
            await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (id, _) =>
            {
                var snapshot = await host.Grains.GetGrain<IOrganisationGrain>(id).SnapshotAsync();
                await Task.WhenAll(snapshot.People.Select(p => host.Grains.GetGrain<ITeamGrain>(Ids.TeamOf(p.Id)).MatchIdsAsync()));
            });
            var runtime = (GrainRuntime)host.Grains;
            var live = Memory();
            Console.WriteLine($"  live activations: {runtime.ActivationCount:N0}");
            Console.WriteLine($"  managed heap after a full collection: {Mb(live.Heap - baseline.Heap)} for the grains and host (target ≤ 2 GiB: {(live.Heap - baseline.Heap <= 2L << 30 ? "met" : "MISSED")}); {(live.Heap - baseline.Heap) / Math.Max(1, runtime.ActivationCount):N0} bytes per activation on average, grain state included");
            Console.WriteLine($"  process working set: {Mb(live.WorkingSet)}");
        }

        // Cold: a new host on the same file, nothing activated. The first request of the new process
        // (another organisation) pays for start-up and JIT; the measured one finds every grain cold.
        await using (var host = await ApiHost.StartAsync(database))
        {
            using var client = new HttpClient();
            client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
            var first = Stopwatch.StartNew();
            await AskAsync(client, host.Url, ids[0]);
            var processCold = first.Elapsed;
            var times = new List<TimeSpan>();
            foreach (var id in ids.Skip(1).Take(Math.Min(20, ids.Count - 1)))
            {
                var started = Stopwatch.StartNew();
                await AskAsync(client, host.Url, id);
                times.Add(started.Elapsed);
            }

            times.Sort();
            Console.WriteLine($"  answer from cold storage (sizeCheck + whoKnowsEveryone + workforce of one organisation, all its grains activated from SQLite):");
            Console.WriteLine($"    first request of a new process (start-up and JIT included): {processCold.TotalMilliseconds:0} ms");
            if (times.Count > 0)
            {
                var median = times[times.Count / 2];
                Console.WriteLine($"    then per organisation, {times.Count} organisations: median {median.TotalMilliseconds:0.0} ms, worst {times[^1].TotalMilliseconds:0.0} ms (target ≤ 50 ms: {(median <= TimeSpan.FromMilliseconds(50) ? "met" : "MISSED")})");
            }
        }
    }

    private static async Task AskAsync(HttpClient client, string url, string organisationId)
    {
        var query = $$"""{ organisation(id: "{{organisationId}}") { sizeCheck { status findings { code } } whoKnowsEveryone { name } workforce { vacancyRate } } }""";
        using var response = await client.PostAsync(url, new StringContent(System.Text.Json.JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode || body.Contains("\"errors\"", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The cold query failed: {body}");
        }
    }

    private static (long Heap, long WorkingSet) Memory()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        return (GC.GetTotalMemory(forceFullCollection: true), Process.GetCurrentProcess().WorkingSet64);
    }

    private static string Mb(long bytes) => $"{bytes / 1048576.0:N0} MiB";
}
