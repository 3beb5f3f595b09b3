namespace SupportGrains.Grains.Organisations;

/// <summary>The checks of the size guidance (DOMAIN.md "Size check"), and the warnings checked beside them.</summary>
public static class FindingCode
{
    public const string FirstYearLimit = "FIRST_YEAR_LIMIT";
    public const string GrowthRate = "GROWTH_RATE";
    public const string Ceiling = "CEILING";
    public const string StaffInManyTeams = "STAFF_IN_MANY_TEAMS";
    public const string LeaderDoesNotKnow = "LEADER_DOES_NOT_KNOW";
    public const string LeaderContactStale = "LEADER_CONTACT_STALE";
    public const string FundedHoursGap = "FUNDED_HOURS_GAP";

    /// <summary>A colleague's allocated hours across all their teams exceed their contracted hours (a warning, not a refusal).</summary>
    public const string AllocatedOverContract = "ALLOCATED_OVER_CONTRACT";

    /// <summary>Two people, or two colleagues, of the organisation have the same name.</summary>
    public const string DuplicateName = "DUPLICATE_NAME";
}
