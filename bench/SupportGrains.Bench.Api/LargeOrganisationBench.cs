using System.Diagnostics;
using System.Text;
using SupportGrains.Grains.Sample;

namespace SupportGrains.Bench.Api;

/// <summary>
/// The largest organisation in the sources (70 people supported, 235 staff) loaded through the
/// grains, over HTTP with 4 concurrent clients (wrk), beside a plain graphql-js server answering
/// the same queries from the same data held in memory. Both must give byte-identical JSON.
/// </summary>
internal static class LargeOrganisationBench
{
    private const string OrganisationId = "org-large";

    // With the sample's leavers over the years, 266 on the books leaves 235 current staff, the size in the sources.
    private const int StaffOnTheBooks = 266;

    private static readonly TimeSpan P50Target = TimeSpan.FromMilliseconds(1);
    private static readonly TimeSpan P99Target = TimeSpan.FromMilliseconds(5);
    private const double RatioTarget = 5;

    public static async Task RunAsync(string folder, TimeSpan duration)
    {
        Wrk.EnsureInstalled();
        await using var host = await ApiHost.StartAsync(Path.Combine(folder, "large.db"));
        var today = host.Today;
        var plan = SampleOrganisation.Build(today, 70, StaffOnTheBooks, seed: 11, OrganisationId, "Large Small Supports");
        var loading = Stopwatch.StartNew();
        await SampleLoader.LoadAsync(host.Grains, plan);
        loading.Stop();
        await host.SignInAsDirectorAsync(OrganisationId, plan.Staff.First(s => s.Staff.Role == "Director" && s.LeftOn is null).Id);
        var snapshot = await Snapshot.GatherAsync(host.Grains, OrganisationId);
        var snapshotPath = await Snapshot.WriteAsync(snapshot, folder);
        var current = snapshot.CurrentPeople(today).ToList();
        var person = current.OrderByDescending(p => snapshot.Matches.Count(m => m.PersonId == p.Id && m.IsTeamMembership)).First();
        Console.WriteLine();
        Console.WriteLine($"1. Large organisation: {current.Count} people supported, {snapshot.CurrentStaff(today).Count()} current staff ({snapshot.Staff.Length} with leavers), "
            + $"{snapshot.Matches.Length} matches, {snapshot.Links.Length} knows links; loaded through the grains in {loading.Elapsed.TotalSeconds:0.0} s");
        Console.WriteLine($"   store: Storage:Provider=Sqlite asked; the silo's grain storage is {host.Store}");

        await using var peer = await NodePeer.StartAsync("api-peer.mjs", snapshotPath, today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Console.WriteLine($"   wrk -t1 -c4 -d{duration.TotalSeconds:0}s (4 concurrent clients), POST application/json, loopback; both servers in this run, one after the other");
        Console.WriteLine($"   targets: p50 ≤ 1 ms, p99 ≤ 5 ms, ≥ {RatioTarget:0}× graphql-js, the same answer byte for byte");
        // CPU per request (the server process's CPU time over the run ÷ requests) reads the same on a busy machine; the rest does not.
        Console.WriteLine($"   {"question",-28} {"server",-20} {"req/s",9} {"p50",9} {"p99",9} {"CPU/req",9}");
        // Each question with its request body, made once: the profiler's files, the warm-up and the runs send the same bytes.
        var questions = Queries.For(OrganisationId, person.Id).Append(Queries.Floor(OrganisationId))
            .Select(q => (q.Name, Body: System.Text.Json.JsonSerializer.Serialize(new { query = q.Query }))).ToList();
        if (Environment.GetEnvironmentVariable("BENCH_HOLD") is { Length: > 0 } hold)
        {
            // For a profiler: the host stays up, and the folder named gets what to ask it (url, headers, one body per question).
            Directory.CreateDirectory(hold);
            await File.WriteAllTextAsync(Path.Combine(hold, "url"), host.Url);
            await File.WriteAllTextAsync(Path.Combine(hold, "authorization"), host.RequestHeaders["Authorization"]);
            await File.WriteAllTextAsync(Path.Combine(hold, "pid"), Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            for (var n = 0; n < questions.Count; n++)
            {
                await File.WriteAllTextAsync(Path.Combine(hold, $"q{n}.json"), questions[n].Body);
            }

            Console.WriteLine($"   holding the host for a profiler (BENCH_HOLD): what to ask it is in {hold}; stop with Ctrl+C");

            // And, every 100 ms, the bytes the host has allocated so far (gc: its collections and pause), to read before and after a run.
            while (true)
            {
                var c = Collections.Now();
                await File.WriteAllTextAsync(Path.Combine(hold, "allocated"), $"{c.Allocated} {c.Gen0} {c.Paused.TotalMilliseconds:0.0}");
                await Task.Delay(TimeSpan.FromMilliseconds(100));
            }
        }

        // Warm-up, both servers alike: every question for a few seconds first, so the first one measured
        // does not pay for the JIT's tiering of the path all of them share (a server runs for hours).
        foreach (var (_, warm) in questions)
        {
            await Wrk.PostAsync(host.Url, warm, 4, 1, TimeSpan.FromSeconds(3), host.RequestHeaders);
            await Wrk.PostAsync(peer.Url, warm, 4, 1, TimeSpan.FromSeconds(3));
        }

        var allMet = true;
        foreach (var (name, body) in questions)
        {
            var judged = name != Queries.Floor(OrganisationId).Name;
            var ours = await PostAsync(host.CreateClient(), host.Url, body);
            var theirs = await PostAsync(ApiHost.Client(new Dictionary<string, string>()), peer.Url, body);
            if (ours.Contains("\"errors\"", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"{name} failed: {ours}");
            }

            var same = ours == theirs;
            await Wrk.PostAsync(host.Url, body, 4, 1, TimeSpan.FromSeconds(2), host.RequestHeaders);
            var ourCpu = OwnProcessorTime();
            var collections = Collections.Now();
            var mine = await Wrk.PostAsync(host.Url, body, 4, 1, duration, host.RequestHeaders);
            ourCpu = (OwnProcessorTime() - ourCpu) / Math.Max(1, mine.Requests);
            collections = Collections.Now() - collections;
            await Wrk.PostAsync(peer.Url, body, 4, 1, TimeSpan.FromSeconds(2));
            var theirCpu = peer.ProcessorTime;
            var js = await Wrk.PostAsync(peer.Url, body, 4, 1, duration);
            theirCpu = (peer.ProcessorTime - theirCpu) / Math.Max(1, js.Requests);
            var ratio = mine.RequestsPerSecond / js.RequestsPerSecond;
            var p50 = mine.P50 <= P50Target;
            var p99 = mine.P99 <= P99Target;
            var fast = ratio >= RatioTarget;
            allMet &= !judged || (p50 && p99 && fast && same && mine.Errors == 0 && js.Errors == 0);
            Console.WriteLine($"   {name,-28} {"SupportGrains",-20} {mine.RequestsPerSecond,9:N0} {Ms(mine.P50),9} {Ms(mine.P99),9} {Ms(ourCpu),9}{Errors(mine)}");
            Console.WriteLine($"   {"",-28} {"graphql-js (memory)",-20} {js.RequestsPerSecond,9:N0} {Ms(js.P50),9} {Ms(js.P99),9} {Ms(theirCpu),9}{Errors(js)}");
            Console.WriteLine($"   {"",-28} ours in the run: {collections.Describe(duration, mine.Requests)}");
            Console.WriteLine(judged
                ? $"   {"",-28} p50 {Ms(mine.P50)} (≤ 1 ms: {Met(p50)}), p99 {Ms(mine.P99)} (≤ 5 ms: {Met(p99)}), {ratio:0.0}× graphql-js (≥ {RatioTarget:0}×: {Met(fast)}), same answer: {(same ? "yes" : "NO")} ({Encoding.UTF8.GetByteCount(ours):N0} bytes)"
                : $"   {"",-28} {ratio:0.0}× graphql-js, same answer: {(same ? "yes" : "NO")}; not judged: one grain read over HTTP, what every question pays at least");
            if (!same)
            {
                Console.WriteLine($"     first difference at character {FirstDifference(ours, theirs):N0}:");
                Console.WriteLine($"       ours:   {Around(ours, FirstDifference(ours, theirs))}");
                Console.WriteLine($"       theirs: {Around(theirs, FirstDifference(ours, theirs))}");
            }
        }

        Console.WriteLine($"   all four questions: {(allMet ? "every target met" : "a target MISSED (above)")}; {Machine.Load}");
    }

    /// <summary>The host's garbage collections so far (it runs in this process): the why beside a p99.</summary>
    private readonly record struct Collections(int Gen0, int Gen1, int Gen2, TimeSpan Paused, long Allocated)
    {
        public static Collections Now() => new(GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes());

        public static Collections operator -(Collections after, Collections before) =>
            new(after.Gen0 - before.Gen0, after.Gen1 - before.Gen1, after.Gen2 - before.Gen2, after.Paused - before.Paused, after.Allocated - before.Allocated);

        // A gen-1 collection counts as a gen-0 one too (and a gen-2 as both): each is named once, by its highest generation.
        public string Describe(TimeSpan run, long requests) =>
            $"{Allocated / Math.Max(1, requests) / 1024.0:N1} KiB allocated a request; {Gen0 - Gen1:N0} gen-0, {Gen1 - Gen2:N0} gen-1, {Gen2:N0} gen-2; paused {Paused.TotalMilliseconds:N0} ms in all ({Paused / run:P1} of the run), "
            + $"{(Gen0 == 0 ? 0 : Paused.TotalMilliseconds / Gen0):0.00} ms a collection";
    }

    private static TimeSpan OwnProcessorTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    private static string Met(bool met) => met ? "met" : "MISSED";

    private static string Errors(WrkResult result) => result.Errors == 0 ? "" : $"  ({result.Errors:N0} errors of {result.Requests:N0})";

    private static int FirstDifference(string a, string b)
    {
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        return i;
    }

    private static string Around(string text, int at)
    {
        var from = Math.Max(0, at - 80);
        return "…" + text[from..Math.Min(text.Length, at + 120)] + "…";
    }

    private static string Ms(TimeSpan t) => t.TotalMilliseconds < 1 ? $"{t.TotalMicroseconds:0} µs" : $"{t.TotalMilliseconds:0.00} ms";

    private static async Task<string> PostAsync(HttpClient client, string url, string body)
    {
        using (client)
        {
            using var response = await client.PostAsync(url, new StringContent(body, Encoding.UTF8, "application/json"));
            return await response.Content.ReadAsStringAsync();
        }
    }
}
