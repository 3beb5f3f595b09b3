using System.Globalization;

namespace SupportGrains.Grains.Organisations;

/// <summary>
/// The growth planner (DOMAIN.md "Growth plan"), over the same rules as the size check: the room
/// before each of FIRST_YEAR_LIMIT, GROWTH_RATE and CEILING turns AMBER and RED on the day, the
/// colleagues to recruit at today's ratio, and which findings the growth itself causes.
/// </summary>
public static class GrowthPlanRules
{
    public static GrowthPlan Plan(OrganisationSnapshot snapshot, int adding, DateOnly by, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (adding is < 0 or > 1000)
        {
            throw DomainException.InvalidInput($"adding must be from 0 to 1,000 people, not {adding}.");
        }

        Require.Day(by, "by");
        if (by < today)
        {
            throw DomainException.InvalidInput($"by {by:yyyy-MM-dd} is in the past: a growth plan looks ahead from today ({today:yyyy-MM-dd}).");
        }

        var guidance = snapshot.Organisation.Guidance;
        var startedOn = snapshot.Organisation.StartedOn;
        var peopleBy = snapshot.CurrentPeople(by).Count();
        var inFirstYear = by >= startedOn && by < startedOn.AddYears(1);
        var startedInYear = snapshot.People.Count(p => p.SupportStartedOn > by.AddYears(-1) && p.SupportStartedOn <= by);

        GrowthLimit[] limits =
        [
            inFirstYear
                ? new GrowthLimit(FindingCode.FirstYearLimit, true, Room(guidance.FirstYearLimit - 1, peopleBy), Room(guidance.FirstYearLimit, peopleBy), guidance.FirstYearLimit, peopleBy,
                    $"{by:yyyy-MM-dd} is in the first year (started {startedOn:yyyy-MM-dd}): {Plural(peopleBy)} then; AMBER at {guidance.FirstYearLimit}, RED above it.")
                : new GrowthLimit(FindingCode.FirstYearLimit, false, null, null, guidance.FirstYearLimit, peopleBy,
                    $"{by:yyyy-MM-dd} is {(by < startedOn ? "before" : "after")} the first year (started {startedOn:yyyy-MM-dd}): the first-year limit does not apply."),
            inFirstYear
                ? new GrowthLimit(FindingCode.GrowthRate, false, null, null, guidance.YearlyGrowthLimit, startedInYear,
                    "The growth rate applies after the first year; in it the first-year limit decides.")
                : new GrowthLimit(FindingCode.GrowthRate, true, Room(guidance.YearlyGrowthLimit, startedInYear), null, guidance.YearlyGrowthLimit, startedInYear,
                    $"{Plural(startedInYear)} started in the 12 months to {by:yyyy-MM-dd}; AMBER above about {guidance.YearlyGrowthLimit} a year (it never turns RED)."),
            new GrowthLimit(FindingCode.Ceiling, true, Room(guidance.CeilingAmber, peopleBy), Room(guidance.CeilingRed, peopleBy), guidance.CeilingRed, peopleBy,
                $"{Plural(peopleBy)} on {by:yyyy-MM-dd}; the guidance questions more than {guidance.CeilingAmber} (AMBER) and warns strongly above {guidance.CeilingRed} (RED)."),
        ];

        var peopleToday = snapshot.CurrentPeople(today).Count();
        var staffToday = snapshot.CurrentStaff(today).Count();
        var staffBy = snapshot.CurrentStaff(by).Count();
        var ratio = peopleToday == 0 ? 0 : (double)staffToday / peopleToday;
        var needed = (int)Math.Ceiling((ratio * (peopleBy + adding)) - 1e-9);
        var recruit = Math.Max(0, needed - staffBy);
        var recruitment = peopleToday == 0
            ? "With nobody supported today there is no staff-per-person ratio to keep: plan the team around each new person."
            : $"Today {staffToday} colleagues support {Plural(peopleToday)} ({ratio.ToString("0.##", CultureInfo.InvariantCulture)} per person); "
              + $"{Plural(peopleBy + adding)} on {by:yyyy-MM-dd} need about {needed}, and {staffBy} will be employed then: recruit {recruit}.";

        var now = SizeCheckRules.Check(snapshot, 0, today, today);
        var then = SizeCheckRules.Check(snapshot, adding, by, today);
        var present = now.Findings.ToDictionary(f => f.Code, f => f.Status);
        var caused = then.Findings.Where(f => !present.TryGetValue(f.Code, out var was) || f.Status > was).ToList();
        return new GrowthPlan(adding, by, then.Status, peopleToday, peopleBy, [.. limits], staffToday, staffBy, ratio.RoundHours(), recruit, recruitment,
            now.Findings, [.. caused]);
    }

    private static int Room(int limit, int counted) => Math.Max(0, limit - counted);

    private static string Plural(int people) => people == 1 ? "1 person" : $"{people} people";
}
