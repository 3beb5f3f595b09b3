using System.Collections.Immutable;
using SupportGrains.Grains.Knows;
using SupportGrains.Grains.Matches;
using SupportGrains.Reliability.Tests.Crashes;

namespace SupportGrains.Reliability.Tests.Concurrency;

public abstract partial class ConflictingChanges
{
    /// <summary>
    /// One link per pair however often and from whichever side it was recorded, since the earliest and
    /// last together on the latest acknowledged day, and the organisation's answers the same from either side.
    /// </summary>
    private static async Task KnowsAsync(CrashChecks checks, Organisation organisation, Dictionary<string, List<Attempt>> byKey,
        Dictionary<string, (string StaffId, string? PersonId, string? ColleagueId, DateOnly On)> knows)
    {
        var links = await organisation.Grains.GetGrain<IKnowsGrain>(organisation.Id).LinksAsync();
        foreach (var pair in knows.GroupBy(k => Pair(k.Value.StaffId, k.Value.PersonId, k.Value.ColleagueId)))
        {
            var (staffId, personId, colleagueId, _) = pair.First().Value;
            var found = links.Where(l => l.Links(staffId, personId, colleagueId)).ToList();
            var days = pair.Where(k => Acknowledged(byKey, k.Key)).Select(k => k.Value.On).ToList();
            checks.That(days.Count == pair.Count(), () => $"{pair.Key}: {pair.Count() - days.Count} knows changes refused");
            checks.That(found.Count == 1 && found[0].Since == days.Min() && found[0].LastTogetherOn == days.Max(),
                () => $"{pair.Key}: {found.Count} links ({string.Join("; ", found)}) for days {days.Min()}…{days.Max()}");
        }

        var today = organisation.Today;
        foreach (var link in links)
        {
            var staff = await organisation.Grain.ConnectionsOfAsync(link.StaffId, today);
            if (link.PersonId is { } personId)
            {
                var knownBy = await organisation.Grain.KnownByAsync(personId, today);
                checks.That(staff.KnowsPersonIds.Contains(personId) && knownBy.Contains(link.StaffId), () => $"{link.StaffId} knows {personId}: not read so from both sides");
            }
            else
            {
                var other = await organisation.Grain.ConnectionsOfAsync(link.ColleagueId!, today);
                checks.That(staff.KnowsStaffIds.Contains(link.ColleagueId!) && other.KnowsStaffIds.Contains(link.StaffId), () => $"{link.StaffId} knows {link.ColleagueId}: not read so from both sides");
            }
        }
    }

    private static string Pair(string staffId, string? personId, string? colleagueId) =>
        personId is not null ? $"{staffId} knows {personId}" : string.CompareOrdinal(staffId, colleagueId) < 0 ? $"{staffId} knows {colleagueId}" : $"{colleagueId} knows {staffId}";

    /// <summary>DOMAIN.md "Precise rules" on every match of the team: stages only forward, hours only while in the team, shadow shifts only at induction.</summary>
    private static void Invariants(CrashChecks checks, ImmutableArray<Match> matches)
    {
        foreach (var match in matches)
        {
            var stages = match.History.Select(e => e.Stage).ToList();
            checks.That(stages.Zip(stages.Skip(1)).All(p => p.First < p.Second) && stages[^1] == match.Stage,
                () => $"match {match.Id}: stages not only forward: {string.Join(" → ", stages)} (at {match.Stage})");
            checks.That(match.Allocations.IsEmpty || stages.Any(s => s is MatchStage.Induction or MatchStage.Matched),
                () => $"match {match.Id}: hours allocated, never in the team");
            checks.That(match.ShadowShiftEntries.IsEmpty || stages.Contains(MatchStage.Induction), () => $"match {match.Id}: shadow shifts without induction");
        }

        checks.That(matches.Select(m => m.Id).Distinct().Count() == matches.Length, () => "a match listed twice");
        checks.That(matches.Where(m => !m.IsEnded).GroupBy(m => m.StaffId).All(g => g.Count() == 1), () => "two open matches of the same colleague with the person");
    }

    private void Report(int seed, IReadOnlyCollection<Attempt> all, CrashChecks checks, string what)
    {
        var line = $"{fixture.StoreKind}, {ReliabilityMode.Name} mode, seed {seed}: {what}: {all.Count} sendings of {all.Select(a => a.Key).Distinct().Count()} changes; "
            + $"acknowledged {all.Count(a => a.Acknowledged)}, refused {all.Count(a => !a.Acknowledged)} ("
            + string.Join(", ", all.Where(a => !a.Acknowledged).GroupBy(a => $"{a.What} {a.RefusalCode}").Select(g => $"{g.Count()} {g.Key}").DefaultIfEmpty("none"))
            + $"); sent again after a lost answer {all.Count(a => a.Sendings > 1)}; checks {checks.Count}, problems {checks.Problems.Count}";
        output.WriteLine(line);
        if (Environment.GetEnvironmentVariable(ReliabilityMode.LogVariable) is { Length: > 0 } path)
        {
            lock (typeof(ConflictingChanges))
            {
                File.AppendAllText(path, line + Environment.NewLine);
            }
        }
    }
}
