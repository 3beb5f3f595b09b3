using SupportGrains.Api.Tests.Cluster;
using Xunit.Abstractions;

namespace SupportGrains.Reliability.Tests.Crashes;

/// <summary>
/// Crash safety (issue 12): the app on SQLite, and a two-silo cluster on PostgreSQL, killed with
/// SIGKILL at random moments while four clients change an organisation, and started again each time;
/// after the last restart every acknowledged change is there exactly once, every change whose answer
/// was lost is wholly there or wholly absent (and sent again, lands at most once), and every invariant
/// holds. Short mode: 4 kills on each (on the cluster a silo, the whole cluster, a silo, the whole); full mode
/// (SUPPORTGRAINS_RELIABILITY=full): 24 on each.
/// </summary>
[Collection(Crashes.Name)]
public sealed class CrashTests(ITestOutputHelper output)
{
    [Fact]
    public Task The_app_on_SQLite_killed_at_random_moments_keeps_every_acknowledged_change_once_and_no_change_by_halves() =>
        RunAsync(new SqliteAppTarget(), ReliabilityMode.Choose(4, 24));

    [Fact]
    public Task A_two_silo_cluster_on_PostgreSQL_killed_a_silo_or_whole_at_random_moments_keeps_every_acknowledged_change_once_and_no_change_by_halves() =>
        RunAsync(new ClusterTarget(), ReliabilityMode.Choose(4, 24));

    private async Task RunAsync(ICrashTarget target, int kills)
    {
        await using (target)
        {
            CrashReport report;
            try
            {
                report = await new CrashRun(target, kills, ReliabilityMode.Seed, Log).RunAsync();
            }
            catch (Exception e)
            {
                var written = target.Output();
                throw new InvalidOperationException($"{e.Message}\n\nWhat the processes wrote:{(written.Length > 100_000 ? "…" + written[^100_000..] : written)}", e);
            }

            Log(report.ToString());
            Assert.True(report.Problems.Count == 0, $"{report.Problems.Count} problems after {report.Kills.Count} kills:\n{string.Join('\n', report.Problems.Take(40))}");
            Assert.Equal(kills, report.Kills.Count);
            Assert.Contains(report.Changes, c => c.Mutation.Field == "addShift" && c.Final == Answer.Acknowledged);
        }
    }

    private void Log(string line)
    {
        output.WriteLine(line);
        if (Environment.GetEnvironmentVariable(ReliabilityMode.LogVariable) is { Length: > 0 } path)
        {
            lock (typeof(CrashTests))
            {
                File.AppendAllText(path, line + Environment.NewLine);
            }
        }
    }
}

/// <summary>The crash runs start processes of their own and run one at a time, on their own.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class Crashes
{
    public const string Name = "Crashes";
}
