using SupportGrains.Grains.Staff;

namespace SupportGrains.Grains.Organisations;

/// <summary>
/// The workforce indicators of DOMAIN.md with the ASC-WDS formulas. Posts are filled by current
/// permanent and temporary staff; bank and agency staff count in staff per person only.
/// </summary>
public static class WorkforceRules
{
    public static WorkforceIndicators Compute(OrganisationSnapshot snapshot, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var yearAgo = asOf.AddYears(-1);
        var postHolders = snapshot.Staff.Where(s => s.FillsAPost).ToList();
        var filled = postHolders.Where(s => s.IsCurrentOn(asOf)).ToList();
        var vacant = Math.Max(0, snapshot.Organisation.FundedPosts - filled.Count);
        var postsTotal = filled.Count + vacant;
        var leavers = postHolders.Count(s => s.LeftOn is { } left && left > yearAgo && left <= asOf);
        var employedThen = postHolders.Where(s => s.IsCurrentOn(yearAgo)).ToList();
        var stillEmployed = employedThen.Count(s => s.IsCurrentOn(asOf));
        var years = filled.Select(s => (asOf.DayNumber - s.StartedOn!.Value.DayNumber) / 365.25).ToList();
        var sickDays = filled.Sum(s => AvailabilityRules.SickDays(s.AvailabilityHistory, yearAgo.AddDays(1), asOf));
        var currentStaff = snapshot.CurrentStaff(asOf).Count();
        var currentPeople = snapshot.CurrentPeople(asOf).Count();

        return new WorkforceIndicators(
            asOf,
            postsTotal,
            filled.Count,
            vacant,
            postsTotal == 0 ? 0 : (double)vacant / postsTotal,
            leavers,
            filled.Count == 0 ? 0 : (double)leavers / filled.Count,
            employedThen.Count == 0 ? null : (double)stillEmployed / employedThen.Count,
            years.Count == 0 ? 0 : years.Average(),
            years.Count == 0 ? 0 : (double)years.Count(y => y > 1) / years.Count,
            filled.Count == 0 ? 0 : (double)sickDays / filled.Count,
            currentPeople == 0 ? 0 : (double)currentStaff / currentPeople,
            [.. WorkforceBenchmark.Reference]);
    }
}
