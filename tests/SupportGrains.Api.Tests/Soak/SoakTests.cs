using System.Diagnostics;
using System.Globalization;
using System.Text;
using SupportGrains.Api.Tests.Cluster;
using SupportGrains.Api.Tests.Operations;
using SupportGrains.Testing;
using Xunit.Abstractions;

namespace SupportGrains.Api.Tests.Soak;

/// <summary>
/// The soak (README "Soak"): the app as a process on SQLite with the sample organisation, driven by a
/// steady mix of questions and changes on loopback. No request may fail, and neither the process's
/// memory nor Orleans' activations may keep growing once the working set is live. The short mode
/// (CI) runs 60 s; <c>SOAK_SECONDS=600</c> runs the full 10 minutes. Prints p50/p99 per operation
/// and the trend, and writes the report to <c>SOAK_REPORT</c> when set.
/// </summary>
[Collection(SeparateProcesses.Name)]
public sealed class SoakTests(ITestOutputHelper output) : IDisposable
{
    private const string Organisation = "org-northfield";

    // The heap after a collection moves by several MB with which generation was collected last, and the
    // resident set with when the GC gives memory back; a leak of a few KB per request still shows as
    // tens of MB between thirds of a 10-minute run at 40 requests a second.
    private const double MemoryFraction = 0.10;
    private const double HeapSlack = 8 * 1024 * 1024;
    private const double ResidentSlack = 16 * 1024 * 1024;

    private readonly TempDirectory _folder = new("sg-soak");

    [Fact]
    public async Task A_steady_mix_of_questions_and_changes_answers_every_request_and_memory_and_activations_level_off()
    {
        var seconds = Setting("SOAK_SECONDS", 60);
        var rate = Setting("SOAK_RATE", 40);
        var sampleEvery = TimeSpan.FromSeconds(seconds >= 300 ? 5 : 2);
        await using var app = await AppProcess.StartAsync(new Dictionary<string, string>(AppProcess.OnSqlite(_folder.File("soak.db")))
        {
            ["SampleData__Enabled"] = "true",
        });
        var director = await app.SignInAsync("director", "supportgrains-demo");
        var ids = await director.DataAsync("query ($o: ID!) { organisation(id: $o) { people { id } staff { id } } }", new { o = Organisation });
        var people = ids["organisation"]!["people"]!.AsArray().Select(p => (string)p!["id"]!).ToList();
        var staff = ids["organisation"]!["staff"]!.AsArray().Select(s => (string)s!["id"]!).ToList();
        var load = new SoakLoad(director.Http, Organisation, people, staff, seed: 20261124);

        var startedAt = DateTimeOffset.UtcNow;
        var samples = new List<ProcessSample>();
        using var stop = new CancellationTokenSource();
        var clock = Stopwatch.StartNew();
        var sampling = SampleAsync(app, samples, clock, sampleEvery, stop.Token);
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(seconds + 120));
        await load.RunAsync(rate, TimeSpan.FromSeconds(seconds), deadline.Token);
        var ran = clock.Elapsed;
        await stop.CancelAsync();
        await sampling;

        var activations = Trend.Of("Orleans activations", [.. samples.Select(s => s.Activations)], 0.01, 0);
        var heap = Trend.Of("managed heap after the last collection", [.. samples.Select(s => s.HeapBytes)], MemoryFraction, HeapSlack);
        var resident = Trend.Of("resident memory of the process", [.. samples.Select(s => s.ResidentBytes)], MemoryFraction, ResidentSlack);
        var report = Report(startedAt, ran, rate, load, samples, [activations, heap, resident]);
        output.WriteLine(report);
        if (Environment.GetEnvironmentVariable("SOAK_REPORT") is { Length: > 0 } path)
        {
            await File.WriteAllTextAsync(path, report);
        }

        Assert.False(app.Process.HasExited, "The app died during the soak:\n" + app.Process.Output);
        Assert.True(load.Errors == 0, $"{load.Errors} of {load.Sent} requests failed; the first:\n{string.Join("\n", load.FirstErrors)}");
        Assert.Equal((int)(rate * seconds), load.Sent);
        foreach (var trend in new[] { activations, heap, resident })
        {
            Assert.True(trend.Flat, $"{trend.Name} kept growing: {trend.Middle:0} in the middle third, {trend.Last:0} in the last (allowed {trend.Allowed:0}).\n{report}");
        }
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    private static async Task SampleAsync(AppProcess app, List<ProcessSample> samples, Stopwatch clock, TimeSpan every, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            var metrics = await app.MetricsAsync();
            samples.Add(new ProcessSample(
                clock.Elapsed,
                ProcessSample.ResidentOf(app.Process.Id),
                Prometheus.Sum(metrics, "dotnet_gc_last_collection_heap_size_bytes") ?? 0,
                Prometheus.Sum(metrics, "orleans_catalog_activations") ?? throw new InvalidOperationException("/metrics has no orleans_catalog_activations."),
                ProcessSample.MachineLoad()));
            try
            {
                await Task.Delay(every, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private static string Report(DateTimeOffset startedAt, TimeSpan ran, int rate, SoakLoad load, List<ProcessSample> samples, Trend[] trends)
    {
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.Append(c, $"Soak {startedAt:yyyy-MM-dd HH:mm} UTC, {ran.TotalSeconds:0} s at {rate} requests/s: {load.Sent} sent, {load.Errors} failed; ");
        text.Append(c, $"{Environment.ProcessorCount} cores, load average {samples.Min(s => s.LoadAverage):0.0}–{samples.Max(s => s.LoadAverage):0.0} (mean {samples.Average(s => s.LoadAverage):0.0}); {Repository.Configuration} build\n\n");
        text.Append("| operation | share | requests | p50 ms | p99 ms | max ms |\n| --- | --- | --- | --- | --- | --- |\n");
        var total = load.Mix.Sum(o => o.Weight);
        foreach (var operation in load.Mix)
        {
            var n = load.Latencies.Count(operation.Name);
            text.Append(c, $"| {operation.Name}{(operation.IsChange ? " (change)" : "")} | {100.0 * operation.Weight / total:0}% | {n} | ");
            text.Append(n == 0 ? "— | — | — |\n" : string.Create(c, $"{load.Latencies.Percentile(operation.Name, 50):0.0} | {load.Latencies.Percentile(operation.Name, 99):0.0} | {load.Latencies.Percentile(operation.Name, 100):0.0} |\n"));
        }

        text.Append("\n| trend (median of the middle third → last third) | middle | last | allowed | flat |\n| --- | --- | --- | --- | --- |\n");
        foreach (var trend in trends)
        {
            var mib = !trend.Name.Contains("activations", StringComparison.Ordinal);
            string F(double v) => mib ? string.Create(c, $"{v / 1024 / 1024:0.0} MiB") : string.Create(c, $"{v:0}");
            text.Append(c, $"| {trend.Name} | {F(trend.Middle)} | {F(trend.Last)} ({trend.Growth:+0.0%;-0.0%;0%}) | {F(trend.Allowed)} | {(trend.Flat ? "yes" : "NO")} |\n");
        }

        text.Append("\nSamples (s, resident MiB, heap MiB, activations, load):");
        foreach (var sample in samples)
        {
            text.Append(c, $" {sample.At.TotalSeconds:0}/{sample.ResidentBytes / 1024 / 1024:0}/{sample.HeapBytes / 1024 / 1024:0}/{sample.Activations:0}/{sample.LoadAverage:0.0}");
        }

        return text.AppendLine().ToString();
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;
}
