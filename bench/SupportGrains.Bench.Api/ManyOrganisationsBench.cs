using System.Diagnostics;
using System.Globalization;
using SupportGrains.Grains.Organisations;
using SupportGrains.Grains.Sample;

namespace SupportGrains.Bench.Api;

/// <summary>
/// Many organisations of 19 people and 79 staff in one process, loaded through the grains, every
/// grain live: memory. Then cold answers, each activating one organisation's grains from the
/// store, each asked by that organisation's director with a bearer token: after every grain was
/// deactivated in the same process, and after a restart of the host on the same store in a new
/// process.
/// </summary>
internal static class ManyOrganisationsBench
{
    private const long WorkingSetTarget = 3L << 29; // 1.5 GiB

    private const double ColdTargetMs = 50;

    private const int ColdSamples = 50;

    public static async Task RunAsync(string folder, int organisations)
    {
        var database = Path.Combine(folder, "many.db");
        var ids = Enumerable.Range(1, organisations).Select(i => $"org-m{i:D4}").ToList();
        var sampled = ids.Skip(1).Take(Math.Min(ColdSamples, ids.Count - 1)).ToList();
        Console.WriteLine();
        Console.WriteLine($"2. {organisations:N0} organisations of 19 people supported and 79 staff (one ended support and about one in eight colleagues left, as in the sample), one process");
        Dictionary<string, string> authorizations;
        await using (var host = await ApiHost.StartAsync(database))
        {
            var today = host.Today;
            Console.WriteLine($"   store: Storage:Provider=Sqlite asked; the silo's grain storage is {host.Store}");
            var empty = Memory();
            var loading = Stopwatch.StartNew();
            var loaded = 0;
            var asked = new HashSet<string>([ids[0], .. sampled]);
            var directors = new System.Collections.Concurrent.ConcurrentDictionary<string, string>();
            await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (id, _) =>
            {
                var seed = int.Parse(id[5..], CultureInfo.InvariantCulture);
                var plan = SampleOrganisation.Build(today, 19, 79, seed, id, $"Organisation {seed}");
                await SampleLoader.LoadAsync(host.Grains, plan);
                if (asked.Contains(id))
                {
                    directors[id] = plan.Staff.First(s => s.Staff.Role == "Director" && s.LeftOn is null).Id;
                }

                var done = Interlocked.Increment(ref loaded);
                if (done % 250 == 0 && done < ids.Count)
                {
                    Console.WriteLine($"   loading: {done:N0} organisations in {loading.Elapsed.TotalSeconds:0} s");
                }
            });
            Console.WriteLine($"   loaded through the grains (every change written to the store) in {loading.Elapsed.TotalSeconds:0.0} s");

            // Each organisation asked cold is asked by its own director, with a bearer token (an account each).
            authorizations = [];
            foreach (var (id, director) in directors)
            {
                authorizations[id] = await host.DirectorAuthorizationAsync(id, director);
            }

            // Every grain live: each organisation answers a question (gathering and keeping its
            // snapshot, as in use), and its members are read as the organisation reads them.
            var members = 0L;
            await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (id, _) =>
            {
                await host.Grains.GetGrain<IOrganisationGrain>(id).WorkforceAsync(today);
                var snapshot = await Snapshot.GatherAsync(host.Grains, id);
                Interlocked.Add(ref members, snapshot.People.Length * 3 + snapshot.Staff.Length);
            });
            var byType = await Activations.ByTypeAsync(host.Grains);
            var activations = byType.Sum(t => t.Count);
            var live = Memory();
            // Per organisation: the organisation, its knows and due grains; per person a person, a team and a rota grain; per colleague a staff grain.
            var expected = members + (3L * organisations);
            Console.WriteLine($"   live activations: {activations:N0} ({string.Join(", ", byType.Take(8).Select(t => $"{t.Type} {t.Count:N0}"))}{(byType.Count > 8 ? ", …" : "")});"
                + $" the organisations have {expected:N0} grains");

            // Cold in this process: every grain deactivated (the store's own grains stay), the store kept.
            await Activations.CollectAllAsync(host.Grains);
            var left = await Activations.TotalAsync(host.Grains);
            var collected = Memory();
            Console.WriteLine("   memory (managed heap after a full compacting collection; working set as the OS counts it):");
            Console.WriteLine($"     host started, no organisations: managed heap {Mib(empty.Heap)}, working set {Mib(empty.WorkingSet)} ({Mib(empty.Decommitted)} once the collector gives back what it keeps)");
            Console.WriteLine($"     every grain live: working set {Mib(live.WorkingSet)} (target ≤ 1.5 GiB: {(live.WorkingSet <= WorkingSetTarget ? "met" : "MISSED")}), managed heap {Mib(live.Heap)};"
                + $" {Mib(live.Decommitted)} once the collector gives back what it keeps");
            Console.WriteLine($"     every grain deactivated again (the host and what the store holds): managed heap {Mib(collected.Heap)}, working set {Mib(collected.WorkingSet)} ({Mib(collected.Decommitted)} given back)");
            Console.WriteLine($"     per activation: {(live.Heap - empty.Heap) / Math.Max(1, activations):N0} bytes of managed heap with the store's copy of the state,"
                + $" {(live.Heap - collected.Heap) / Math.Max(1, activations):N0} bytes for the live grains alone (state, snapshots kept by the organisations, Orleans' own)");
            var (found, times, cpu, jit) = await ColdStart.AskEachAsync(host, sampled, authorizations);
            Console.WriteLine($"   cold answer per organisation (sizeCheck + whoKnowsEveryone + workforce, activating its ~{expected / Math.Max(1, organisations):N0} grains from the store;"
                + " each asked by the organisation's director with a bearer token, whose account grain is cold too):");
            Console.WriteLine($"     after deactivating every grain, same process ({left:N0} activations left: Orleans' own and the store's): "
                + (found ? $"{Spread(times)}, {cpu:0.0} ms of CPU each; {jit}" : "an organisation was not found"));
        }

        // Restarted: a new process on the same store, nothing active. Its first request pays for
        // start-up and JIT; then each organisation in turn finds all its grains cold.
        // A copy of the store as the first restart will find it, for the second restart (the cold-first settings).
        var copy = Path.Combine(folder, "many-cold-first.db");
        CopyStore(database, copy);
        var restarted = await ColdStart.AfterRestartAsync(database, [ids[0], .. sampled], authorizations);
        if (!restarted.Found)
        {
            Console.WriteLine($"     after a restart (new process, same store): the store kept nothing (host started in {restarted.StartMs:0} ms, the first organisation was not there):"
                + " Orleans' memory store lives in the silo, so this figure needs the SQLite store; target ≤ 50 ms median: not measured");
            Console.WriteLine($"   {Machine.Load}");
            return;
        }

        Console.WriteLine($"     after a restart (new process, same store; {Restarted(restarted)}");
        var coldFirst = await ColdStart.AfterRestartAsync(copy, [ids[0], .. sampled], authorizations, ColdStart.ColdFirstSettings);
        Console.WriteLine($"     after a restart with the cold-first runtime settings ({string.Join(" ", ColdStart.ColdFirstSettings.Select(s => $"{s.Key}={s.Value}"))};"
            + $" what they cost in requests per second: README \"The API\"; {Restarted(coldFirst)}");
        Console.WriteLine($"   {Machine.Load}");
    }

    /// <summary>A restarted host's figures, from its start to its last organisation.</summary>
    private static string Restarted(ColdResult restarted) =>
        $"host started in {restarted.StartMs:0} ms): first request of the new process {restarted.FirstRequestMs:0} ms;"
        + $" then {Spread([.. restarted.PerOrganisationMs])}, {restarted.CpuMsPerOrganisation:0.0} ms of CPU each; {restarted.Jit}";

    /// <summary>
    /// Copies a SQLite store with its write-ahead log, as a restarted host would find it, and waits
    /// for the copy to reach the disk, so the OS writing it back does not slow the restart measured next.
    /// </summary>
    private static void CopyStore(string database, string copy)
    {
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            if (File.Exists(database + suffix))
            {
                File.Copy(database + suffix, copy + suffix, overwrite: true);
                using var written = new FileStream(copy + suffix, FileMode.Open, FileAccess.ReadWrite);
                written.Flush(flushToDisk: true);
            }
        }
    }

    private static string Spread(List<double> times)
    {
        if (times.Count == 0)
        {
            return "no organisations to ask";
        }

        times.Sort();
        var median = times[times.Count / 2];
        return $"{times.Count} organisations: median {median:0.0} ms (target ≤ {ColdTargetMs:0} ms: {(median <= ColdTargetMs ? "met" : "MISSED")}), worst {times[^1]:0.0} ms";
    }

    /// <summary>
    /// The managed heap and the working set after a full compacting collection, and the working set
    /// once the collector has also given back the memory it keeps for later (an aggressive
    /// collection decommits it): what the live objects need, without the headroom left from loading.
    /// </summary>
    private static (long Heap, long WorkingSet, long Decommitted) Memory()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        var heap = GC.GetTotalMemory(forceFullCollection: true);
        long workingSet;
        using (var process = Process.GetCurrentProcess())
        {
            workingSet = process.WorkingSet64;
        }

        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        using var after = Process.GetCurrentProcess();
        return (heap, workingSet, after.WorkingSet64);
    }

    private static string Mib(long bytes) => $"{bytes / 1048576.0:N0} MiB";
}
