using System.Globalization;
using System.Text;

namespace SupportGrains.Reliability.Tests.Crashes;

/// <summary>The counts of a crash run, and what went wrong, if anything.</summary>
public sealed record CrashReport(
    string Target,
    string Mode,
    int Seed,
    TimeSpan Duration,
    IReadOnlyList<string> Kills,
    IReadOnlyList<SentChange> Changes,
    World World,
    int Checks,
    IReadOnlyList<string> Problems)
{
    public override string ToString()
    {
        var acknowledged = Changes.Where(c => c.Final == Answer.Acknowledged).ToList();
        var refused = Changes.Where(c => c.Final == Answer.Refused).ToList();
        var lost = Changes.Where(c => c.LostInFlight > 0).ToList();
        var undelivered = Changes.Count(c => c.NotDelivered > 0 && c.LostInFlight == 0);
        var text = new StringBuilder();
        Line(text, $"{Target}, {Mode} mode, seed {Seed}: {Duration.TotalMinutes:0.0} min, {Environment.ProcessorCount} cores, load {Load()}");
        Line(text, $"kills: {Kills.Count} ({string.Join("; ", Kills.GroupBy(k => Kind(k)).Select(g => $"{g.Count()} × {g.Key}"))})");
        Line(text, $"changes sent: {Changes.Count} ({Changes.Sum(c => c.Attempts)} sendings)");
        Line(text, $"acknowledged: {acknowledged.Count} ({acknowledged.Count(c => c.Attempts > 1)} of them only when sent again after a lost answer)");
        Line(text, $"refused: {refused.Count} ({string.Join(", ", refused.GroupBy(c => c.RefusalCode).Select(g => $"{g.Count()} {g.Key}").DefaultIfEmpty("none"))}; {refused.Count(c => c.Mutation.ExpectedRefusal == c.RefusalCode)} asked for what the rules forbid)");
        Line(text, $"unacknowledged (answer lost in flight): {lost.Count}: found made {lost.Count(c => c.FoundMade == true)}, found not made {lost.Count(c => c.FoundMade == false)}; "
            + $"sent again with the same clientMutationId: {lost.Count(c => c.Retried == Answer.Acknowledged)} acknowledged, {lost.Count(c => c.Retried == Answer.Refused)} refused");
        Line(text, $"not delivered (nothing listened): {undelivered}");
        Line(text, $"acknowledged by operation: {string.Join(", ", acknowledged.GroupBy(c => c.Mutation.Field).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"))}");
        Line(text, $"read back: {World.People.Length} people, {World.Staff.Length} colleagues, {World.Matches.Count()} matches, {World.Shifts.Length} shifts, {World.Audit.Length} audit entries");
        Line(text, $"invariant checks: {Checks}, problems: {Problems.Count}");
        foreach (var problem in Problems.Take(40))
        {
            Line(text, "  " + problem);
        }

        return text.ToString();
    }

    private static string Kind(string kill) => kill.StartsWith("the whole cluster", StringComparison.Ordinal) ? "the whole cluster" : kill.Split(" (")[0];

    private static string Load()
    {
        try
        {
            return File.ReadAllText("/proc/loadavg").Split(' ')[0];
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    private static void Line(StringBuilder text, string line) => text.Append(line).Append('\n');
}
