using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using SupportGrains.Grains.Sample;

namespace SupportGrains.Bench.Api;

/// <summary>
/// The largest organisation in the sources (70 people supported, 235 staff) on the embedded
/// default, over HTTP with 4 concurrent clients (wrk), beside a plain graphql-js server answering
/// the same queries from the same data held in memory.
/// </summary>
internal static class LargeOrganisationBench
{
    private const string OrganisationId = "org-large";

    // With the sample's leavers over the years, 266 on the books leaves 235 current staff, the size in the sources.
    private const int StaffOnTheBooks = 266;

    public static async Task RunAsync(string folder, TimeSpan duration)
    {
        Wrk.EnsureInstalled();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var plan = SampleOrganisation.Build(today, 70, StaffOnTheBooks, seed: 11, OrganisationId, "Large Small Supports");
        await using var host = await ApiHost.StartAsync(Path.Combine(folder, "large.db"));
        var loading = Stopwatch.StartNew();
        await SampleLoader.LoadAsync(host.Grains, plan, today);
        var (snapshotPath, snapshot) = await Snapshot.WriteAsync(host.Grains, OrganisationId, folder);
        var current = snapshot.People.Where(p => p.IsCurrentOn(today)).ToList();
        var person = current.OrderByDescending(p => snapshot.Matches.Count(m => m.PersonId == p.Id && m.IsTeamMembership)).First();
        Console.WriteLine();
        Console.WriteLine($"Large organisation: {current.Count} people supported, {snapshot.Staff.Count(s => s.IsCurrentOn(today))} current staff ({snapshot.Staff.Length} with leavers), {snapshot.Matches.Length} matches; loaded through the grains into SQLite in {loading.Elapsed.TotalSeconds:0.0} s");

        await using var peer = await NodePeer.StartAsync("api-peer.mjs", snapshotPath, today.ToString("yyyy-MM-dd"));
        Console.WriteLine($"  wrk -t1 -c4 -d{duration.TotalSeconds:0}s (4 concurrent clients), POST application/json, loopback; targets p50 ≤ 1 ms, p99 ≤ 5 ms, ≥ 2× graphql-js");
        Console.WriteLine($"  {"query",-28} {"server",-22} {"req/s",9} {"p50",9} {"p99",9}  same answer");
        foreach (var (name, query) in Queries.For(OrganisationId, person.Id))
        {
            var body = System.Text.Json.JsonSerializer.Serialize(new { query });
            var ours = await PostAsync(host.Url, body);
            var theirs = await PostAsync(peer.Url, body);
            if (ours.Contains("\"errors\"", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"{name} failed: {ours}");
            }

            var same = ours == theirs ? "yes" : "NO";
            await Wrk.PostAsync(host.Url, body, 4, 1, TimeSpan.FromSeconds(2));
            var mine = await Wrk.PostAsync(host.Url, body, 4, 1, duration);
            await Wrk.PostAsync(peer.Url, body, 4, 1, TimeSpan.FromSeconds(2));
            var js = await Wrk.PostAsync(peer.Url, body, 4, 1, duration);
            var ratio = mine.RequestsPerSecond / js.RequestsPerSecond;
            var met = mine.P50 <= TimeSpan.FromMilliseconds(1) && mine.P99 <= TimeSpan.FromMilliseconds(5) && ratio >= 2 && mine.Errors == 0;
            Console.WriteLine($"  {name,-28} {"SupportGrains",-22} {mine.RequestsPerSecond,9:N0} {Ms(mine.P50),9} {Ms(mine.P99),9}  {same}");
            Console.WriteLine($"  {"",-28} {"graphql-js (memory)",-22} {js.RequestsPerSecond,9:N0} {Ms(js.P50),9} {Ms(js.P99),9}");
            Console.WriteLine($"  {"",-28} = {ratio:0.0}× graphql-js; targets {(met ? "met" : "MISSED")}");
            if (same != "yes")
            {
                Console.WriteLine($"    ours:   {Shorten(ours)}");
                Console.WriteLine($"    theirs: {Shorten(theirs)}");
            }
        }
    }

    private static string Shorten(string text) => text.Length > 600 ? text[..600] + "…" : text;

    private static string Ms(TimeSpan t) => t.TotalMilliseconds < 1 ? $"{t.TotalMicroseconds:0} µs" : $"{t.TotalMilliseconds:0.00} ms";

    private static async Task<string> PostAsync(string url, string body)
    {
        using var client = new HttpClient();
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        using var response = await client.PostAsync(url, new StringContent(body, Encoding.UTF8, "application/json"));
        return await response.Content.ReadAsStringAsync();
    }
}
