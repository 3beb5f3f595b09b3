using System.Collections.Immutable;
using System.Globalization;
using SupportGrains.Grains.People;
using SupportGrains.Grains.Teams;

namespace SupportGrains.Grains.Organisations;

/// <summary>
/// The size check of DOMAIN.md: each check that is AMBER or RED gives a finding with the figures
/// and the why; the status is the worst finding, GREEN when there is none. It advises; people decide.
/// </summary>
public static class SizeCheckRules
{
    public static SizeCheck Check(OrganisationSnapshot snapshot, int adding, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (adding < 0)
        {
            throw Common.DomainException.InvalidInput($"adding must be 0 or more, not {adding}.");
        }

        var organisation = snapshot.Organisation;
        var guidance = organisation.Guidance;
        var people = snapshot.CurrentPeople(asOf).ToList();
        var staff = snapshot.CurrentStaff(asOf).ToList();
        var inFirstYear = asOf < organisation.StartedOn.AddYears(1);
        var total = people.Count + adding;
        var findings = new List<Finding>();

        if (inFirstYear && total >= guidance.FirstYearLimit)
        {
            var red = total > guidance.FirstYearLimit;
            findings.Add(new Finding(FindingCode.FirstYearLimit, red ? CheckStatus.Red : CheckStatus.Amber,
                $"In its first year (started {organisation.StartedOn:yyyy-MM-dd}) the organisation would support {Count(people.Count, adding)}; "
                + (red ? $"the guidance is at most {guidance.FirstYearLimit} in the first year." : $"that is the first-year limit of {guidance.FirstYearLimit}, with no room for more."),
                guidance.FirstYearLimit, total, Ids(people), []));
        }

        if (!inFirstYear)
        {
            var yearAgo = asOf.AddYears(-1);
            var started = snapshot.People.Where(p => p.SupportStartedOn > yearAgo && p.SupportStartedOn <= asOf).ToList();
            var growth = started.Count + adding;
            if (growth > guidance.YearlyGrowthLimit)
            {
                findings.Add(new Finding(FindingCode.GrowthRate, CheckStatus.Amber,
                    $"{Count(started.Count, adding, "started")} in the 12 months to {asOf:yyyy-MM-dd}; the guidance is about {guidance.YearlyGrowthLimit} a year after the first.",
                    guidance.YearlyGrowthLimit, growth, Ids(started), []));
            }
        }

        if (total > guidance.CeilingAmber)
        {
            var red = total > guidance.CeilingRed;
            findings.Add(new Finding(FindingCode.Ceiling, red ? CheckStatus.Red : CheckStatus.Amber,
                $"The organisation would support {Count(people.Count, adding)}; "
                + (red ? $"above {guidance.CeilingRed} the guidance warns strongly that it is no longer small." : $"above {guidance.CeilingAmber} the guidance asks whether it is still small enough for everyone to know everyone."),
                red ? guidance.CeilingRed : guidance.CeilingAmber, total, [], []));
        }

        var busy = staff.Select(s => (Staff: s, Teams: snapshot.TeamCount(s, asOf))).Where(x => x.Teams > guidance.MaxTeamsPerStaff).ToList();
        if (busy.Count > 0)
        {
            findings.Add(new Finding(FindingCode.StaffInManyTeams, CheckStatus.Amber,
                $"{string.Join("; ", busy.Select(b => $"{b.Staff.Name} is in {b.Teams} teams"))} — the guidance is that staff are not in lots of people's teams (at most {guidance.MaxTeamsPerStaff}).",
                guidance.MaxTeamsPerStaff, busy.Max(b => b.Teams), [], [.. busy.Select(b => b.Staff.Id)]));
        }

        var leaders = staff.Where(s => s.IsLeader).ToList();
        var unknown = leaders.SelectMany(l => people.Where(p => !KnowsRules.Knows(snapshot, l, p, asOf)).Select(p => (Leader: l, Person: p))).ToList();
        if (unknown.Count > 0)
        {
            findings.Add(new Finding(FindingCode.LeaderDoesNotKnow, CheckStatus.Amber,
                string.Join("; ", unknown.GroupBy(u => u.Leader).Select(g => $"{g.Key.Name} does not know {Names(g.Select(u => u.Person))}"))
                + " — leaders should know every person supported.",
                0, unknown.Count, [.. unknown.Select(u => u.Person.Id).Distinct()], [.. unknown.Select(u => u.Leader.Id).Distinct()]));
        }

        var stale = leaders.SelectMany(l => people
                .Select(p => (Leader: l, Person: p, Last: KnowsRules.LastTogether(snapshot, l, p)))
                .Where(x => x.Last is { } last && asOf.DayNumber - last.DayNumber > guidance.LeaderContactDays))
            .ToList();
        if (stale.Count > 0)
        {
            var days = stale.Select(s => asOf.DayNumber - s.Last!.Value.DayNumber).ToList();
            findings.Add(new Finding(FindingCode.LeaderContactStale, CheckStatus.Amber,
                string.Join("; ", stale.Select(s => $"{s.Leader.Name} last spent time with {s.Person.Name} on {s.Last:yyyy-MM-dd} ({asOf.DayNumber - s.Last!.Value.DayNumber} days ago)"))
                + $" — leaders should see everyone supported at least every {guidance.LeaderContactDays} days.",
                guidance.LeaderContactDays, days.Max(), [.. stale.Select(s => s.Person.Id).Distinct()], [.. stale.Select(s => s.Leader.Id).Distinct()]));
        }

        var gaps = people.Select(p => (Person: p, Covered: snapshot.TeamOf(p, asOf).CoveredHoursPerWeek)).Where(x => x.Covered < x.Person.FundedHoursPerWeek).ToList();
        if (gaps.Count > 0)
        {
            findings.Add(new Finding(FindingCode.FundedHoursGap, CheckStatus.Amber,
                string.Join("; ", gaps.Select(g => $"{g.Person.Name}: {Hours(g.Covered)} of {Hours(g.Person.FundedHoursPerWeek)} funded hours a week covered ({Hours(g.Person.FundedHoursPerWeek - g.Covered)} short)"))
                + " — covered hours count matched team members who are available.",
                gaps.Sum(g => g.Person.FundedHoursPerWeek).RoundHours(), gaps.Sum(g => g.Covered).RoundHours(), [.. gaps.Select(g => g.Person.Id)], []));
        }

        var status = findings.Count == 0 ? CheckStatus.Green : findings.Max(f => f.Status);
        return new SizeCheck(status, asOf, people.Count, adding, inFirstYear, [.. findings]);
    }

    private static string Count(int now, int adding, string verb = "") =>
        (verb.Length == 0 ? $"{Plural(now + adding, "person", "people")}" : $"{Plural(now + adding, "person", "people")} {verb}")
        + (adding > 0 ? $" ({now} now and {adding} being added)" : "");

    private static string Plural(int n, string one, string many) => n == 1 ? $"1 {one}" : $"{n} {many}";

    private static string Names(IEnumerable<PersonView> people) => string.Join(", ", people.Select(p => p.Name));

    private static string Hours(double hours) => hours.ToString("0.##", CultureInfo.InvariantCulture);

    private static ImmutableArray<string> Ids(IEnumerable<PersonView> people) => [.. people.Select(p => p.Id)];
}
