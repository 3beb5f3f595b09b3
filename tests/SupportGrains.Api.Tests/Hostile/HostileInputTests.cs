using System.Diagnostics;
using SupportGrains.Api.GraphQL;
using SupportGrains.Api.Tests.Cluster;
using SupportGrains.Testing;
using Xunit.Abstractions;

namespace SupportGrains.Api.Tests.Hostile;

/// <summary>
/// README "Hostile input": the app as its own process on SQLite with the sample organisation,
/// sent generated and mutated requests one at a time (<see cref="HostileGenerator"/>; 2,000 in
/// the short run, 10,000 in the full one), as each demo account and as no one. Each answer is
/// judged by <see cref="HostileRun"/>; between requests the app must stay up and within its
/// memory limit, and at the end still answer /health.
/// </summary>
[Collection(HostileInput.Name)]
public sealed class HostileInputTests(ITestOutputHelper output)
{
    /// <summary>
    /// The limit on the app's resident memory. At rest with the sample it holds about 250 MB (the
    /// runtime, Orleans, the sample's grains). Requests are sent one at a time and none may be
    /// over 1 MB, so one in flight adds tens of MB; the GC (server GC, two heaps here) keeps a
    /// margin of its own. 1 GB is four times the rest figure: room for all that, and far below what
    /// an unbounded cache of hostile documents (1,024 of up to 1 MB each) or a runaway request would take.
    /// </summary>
    private const long MaxResidentBytes = 1024L * 1024 * 1024;

    private const int HealthEvery = 1_000;

    [Fact]
    public async Task Hostile_requests_are_refused_clearly_and_never_break_the_app()
    {
        var settings = HostileSettings.FromEnvironment();
        output.WriteLine(settings.ToString());
        using var folder = new TempDirectory("sg-hostile");
        await using var app = await RunningApp.StartAsync(folder.Path, new Dictionary<string, string>
        {
            ["Storage__SqlitePath"] = folder.File("hostile.db"),
        });

        var tokens = new Dictionary<string, string>();
        foreach (var identity in HostileGenerator.Identities.OfType<string>())
        {
            tokens[identity] = await app.TokenAsync(identity);
        }

        foreach (var account in HostileGenerator.CookieAccounts)
        {
            tokens[HostileGenerator.CookiePrefix + account] = await app.CookieAsync(account);
        }

        var generator = new HostileGenerator(settings.Seed, ApiSchema.Build());
        using var run = new HostileRun(app.Address, app.Process.Id, tokens, MaxResidentBytes);
        var report = new HostileReport { BaselineResidentBytes = ProcessStats.ResidentBytes(app.Process.Id) };
        var clock = Stopwatch.StartNew();
        var sent = 0;
        foreach (var index in settings.Indexes)
        {
            var request = generator.Create(index);
            var result = await run.SendAsync(request);
            if (app.Process.HasExited)
            {
                report.AddProblem(result with { Problem = $"the app exited with {app.Process.ExitCode} after this request" });
                break;
            }

            var (resident, memoryProblem) = run.Memory();
            report.Add(memoryProblem is null || result.Problem is not null ? result : result with { Problem = memoryProblem }, resident);
            if (++sent % HealthEvery == 0)
            {
                if (await run.HealthAsync() is not 200 and var status)
                {
                    report.AddProblem(result with { Problem = $"/health answered {status} after this request" });
                }

                output.WriteLine($"{sent,7:N0} sent, {clock.Elapsed.TotalSeconds:0} s, {report.Problems.Count} problems, {resident / (1024 * 1024)} MB");
            }
        }

        report.Duration = clock.Elapsed;
        if (!app.Process.HasExited)
        {
            report.PeakResidentBytes = ProcessStats.PeakResidentBytes(app.Process.Id);
            var health = await run.HealthAsync();
            Assert.True(health == 200, $"/health answered {health} at the end.\n{report}\n{app.OutputTail()}");

            // Sign-out forms without their token were refused: every cookie still signs its account in.
            foreach (var account in HostileGenerator.CookieAccounts)
            {
                Assert.Equal(account, await run.CookieUsernameAsync(tokens[HostileGenerator.CookiePrefix + account]));
            }
        }

        output.WriteLine(report.ToString());
        Assert.True(report.Problems.Count == 0, $"{report}\n\nExceptions the app logged:\n{Exceptions(app.Process.Output)}");
    }

    // The distinct exceptions in the app's log, each with the line after it (where it was thrown), for a failing run to show.
    private static string Exceptions(string log)
    {
        var lines = log.Split('\n');
        var found = new List<string>();
        for (var i = 0; i < lines.Length && found.Count < 30; i++)
        {
            if (lines[i].Contains("Exception:", StringComparison.Ordinal) && !lines[i].TrimStart().StartsWith("---", StringComparison.Ordinal))
            {
                var entry = lines[i].Trim() + (i + 1 < lines.Length ? "\n      " + lines[i + 1].Trim() : "");
                if (!found.Contains(entry))
                {
                    found.Add(entry);
                }
            }
        }

        return found.Count == 0 ? "(none)" : string.Join('\n', found);
    }
}
