using System.Collections.Immutable;
using System.Globalization;
using SupportGrains.Grains.Matches;
using SupportGrains.Grains.Staff;

namespace SupportGrains.Grains.Organisations;

/// <summary>
/// Warnings checked beside the size guidance (never refusals): colleagues allocated more hours
/// across their teams than they are contracted for, and people or colleagues sharing a name.
/// </summary>
public static class StaffingWarnings
{
    public static IEnumerable<Finding> Check(OrganisationSnapshot snapshot, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var over = snapshot.CurrentStaff(asOf)
            .Where(s => s.Contract is ContractType.Permanent or ContractType.Temporary)
            .Select(s => (Staff: s, Allocated: AllocatedHours(snapshot, s, asOf)))
            .Where(x => x.Allocated > x.Staff.ContractedHoursPerWeek)
            .ToList();
        if (over.Count > 0)
        {
            yield return new Finding(FindingCode.AllocatedOverContract, CheckStatus.Amber,
                string.Join("; ", over.Select(o => $"{o.Staff.Name} is allocated {Hours(o.Allocated)} hours a week across their teams but contracted for {Hours(o.Staff.ContractedHoursPerWeek)}"))
                + " — allocations should fit within what each colleague is contracted for.",
                over.Max(o => o.Staff.ContractedHoursPerWeek), over.Max(o => o.Allocated), [], [.. over.Select(o => o.Staff.Id)]);
        }

        var people = snapshot.People.Where(p => p.SupportEndedOn is null || p.SupportEndedOn > asOf)
            .GroupBy(p => Normalised(p.Name)).Where(g => g.Count() > 1).ToList();
        var colleagues = snapshot.Staff.Where(s => s.LeftOn is null || s.LeftOn > asOf)
            .GroupBy(s => Normalised(s.Name)).Where(g => g.Count() > 1).ToList();
        if (people.Count > 0 || colleagues.Count > 0)
        {
            var named = people.Select(g => $"{g.Count()} people are called {g.First().Name}")
                .Concat(colleagues.Select(g => $"{g.Count()} colleagues are called {g.First().Name}"));
            yield return new Finding(FindingCode.DuplicateName, CheckStatus.Amber,
                string.Join("; ", named) + " — check they are not the same person recorded twice, and tell them apart (a middle name or initial).",
                null, people.Sum(g => g.Count()) + colleagues.Sum(g => g.Count()),
                [.. people.SelectMany(g => g.Select(p => p.Id))], [.. colleagues.SelectMany(g => g.Select(s => s.Id))]);
        }
    }

    /// <summary>Hours a colleague is allocated on a day across the teams they are in (INDUCTION or MATCHED, people current on the day).</summary>
    public static double AllocatedHours(OrganisationSnapshot snapshot, StaffView staff, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(staff);
        return snapshot.Index.MatchesOfStaff(staff.Id)
            .Where(m => m.Stage is MatchStage.Induction or MatchStage.Matched && snapshot.Index.Person(m.PersonId)?.IsCurrentOn(day) == true)
            .Sum(m => m.HoursOn(day))
            .RoundHours();
    }

    private static string Normalised(string name) => string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();

    private static string Hours(double hours) => hours.ToString("0.##", CultureInfo.InvariantCulture);
}
