using System.Collections.Immutable;
using System.Globalization;
using SupportGrains.Grains.People;
using SupportGrains.Grains.Staff;
using SupportGrains.Grains.Teams;

namespace SupportGrains.Grains.Organisations;

/// <summary>
/// The size check of DOMAIN.md: each check that is AMBER or RED gives a finding with the figures
/// and the why; the status is the worst finding, GREEN when there is none. It advises; people decide.
/// </summary>
public static class SizeCheckRules
{
    /// <summary>The check on <paramref name="asOf"/>; leader contact is judged on the earlier of that day and <paramref name="today"/> (today defaults to the day asked about).</summary>
    public static SizeCheck Check(OrganisationSnapshot snapshot, int adding, DateOnly asOf, DateOnly? today = null)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (adding is < 0 or > 1000)
        {
            throw DomainException.InvalidInput($"adding must be from 0 to 1,000 people, not {adding}.");
        }

        var organisation = snapshot.Organisation;
        var guidance = organisation.Guidance;
        var people = snapshot.CurrentPeople(asOf).ToList();
        var staff = snapshot.CurrentStaff(asOf).ToList();
        // The first-year rule belongs to the organisation's first 12 months only: not to days before it started.
        var inFirstYear = asOf >= organisation.StartedOn && asOf < organisation.StartedOn.AddYears(1);
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

        var judgedOn = KnowsRules.JudgedOn(asOf, today ?? asOf);
        var stale = leaders.SelectMany(l => people
                .Where(p => KnowsRules.Knows(snapshot, l, p, asOf))
                .Select(p => (Leader: l, Person: p, Stale: KnowsRules.IsStale(snapshot, l, p, judgedOn, out var last), Last: last))
                .Where(x => x.Stale))
            .ToList();
        if (stale.Count > 0)
        {
            string Why((StaffView Leader, PersonView Person, bool Stale, DateOnly? Last) s) => s.Last is { } last
                ? $"{s.Leader.Name} last spent time with {s.Person.Name} on {last:yyyy-MM-dd} ({judgedOn.DayNumber - last.DayNumber} days before {judgedOn:yyyy-MM-dd})"
                : $"{s.Leader.Name} knows {s.Person.Name} but no time together is recorded";
            var days = stale.Select(s => s.Last is { } last ? judgedOn.DayNumber - last.DayNumber : (double?)null).ToList();
            findings.Add(new Finding(FindingCode.LeaderContactStale, CheckStatus.Amber,
                string.Join("; ", stale.Select(Why)) + $" — leaders should see everyone supported at least every {guidance.LeaderContactDays} days.",
                guidance.LeaderContactDays, days.Max(), [.. stale.Select(s => s.Person.Id).Distinct()], [.. stale.Select(s => s.Leader.Id).Distinct()]));
        }

        var gaps = people.Select(p => (Person: p, Funded: p.FundedHoursOn(asOf), Covered: snapshot.TeamOf(p, asOf).CoveredHoursPerWeek)).Where(x => x.Covered < x.Funded).ToList();
        if (gaps.Count > 0)
        {
            findings.Add(new Finding(FindingCode.FundedHoursGap, CheckStatus.Amber,
                string.Join("; ", gaps.Select(g => $"{g.Person.Name}: {Hours(g.Covered)} of {Hours(g.Funded)} funded hours a week covered ({Hours(g.Funded - g.Covered)} short)"))
                + " — covered hours count matched team members who are available.",
                gaps.Sum(g => g.Funded).RoundHours(), gaps.Sum(g => g.Covered).RoundHours(), [.. gaps.Select(g => g.Person.Id)], []));
        }

        findings.AddRange(StaffingWarnings.Check(snapshot, asOf));
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
