namespace SupportGrains.Grains.Organisations;

/// <summary>
/// The size guidance an organisation checks itself against (DOMAIN.md "Size guidance"). Defaults
/// come from the sources; each organisation can change them. The growth limit takes the top of
/// NDTi's "about 3–5 people a year": more than that is when to pause and question.
/// </summary>
public sealed record SizeGuidance
{
    public int FirstYearLimit { get; init; } = 5;

    public int YearlyGrowthLimit { get; init; } = 5;

    public int CeilingAmber { get; init; } = 30;

    public int CeilingRed { get; init; } = 50;

    public int MaxTeamsPerStaff { get; init; } = 2;

    public int LeaderContactDays { get; init; } = 30;

    public static SizeGuidance Default { get; } = new();
}
