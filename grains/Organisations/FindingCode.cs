namespace SupportGrains.Grains.Organisations;

/// <summary>The checks of the size guidance (DOMAIN.md "Size check").</summary>
public static class FindingCode
{
    public const string FirstYearLimit = "FIRST_YEAR_LIMIT";
    public const string GrowthRate = "GROWTH_RATE";
    public const string Ceiling = "CEILING";
    public const string StaffInManyTeams = "STAFF_IN_MANY_TEAMS";
    public const string LeaderDoesNotKnow = "LEADER_DOES_NOT_KNOW";
    public const string LeaderContactStale = "LEADER_CONTACT_STALE";
    public const string FundedHoursGap = "FUNDED_HOURS_GAP";
}
