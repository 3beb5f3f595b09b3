namespace SupportGrains.Grains.Organisations;

/// <summary>
/// The size guidance an organisation checks itself against (DOMAIN.md "Size guidance"). Defaults
/// come from the sources; each organisation can change them. The growth limit takes the top of
/// NDTi's "about 3–5 people a year": more than that is when to pause and question.
/// </summary>
[GenerateSerializer, Immutable]
[Alias("SupportGrains.SizeGuidance")]
public sealed record SizeGuidance
{
    [Id(0)]
    public int FirstYearLimit { get; init; } = 5;

    [Id(1)]
    public int YearlyGrowthLimit { get; init; } = 5;

    [Id(2)]
    public int CeilingAmber { get; init; } = 30;

    [Id(3)]
    public int CeilingRed { get; init; } = 50;

    [Id(4)]
    public int MaxTeamsPerStaff { get; init; } = 2;

    [Id(5)]
    public int LeaderContactDays { get; init; } = 30;

    public static SizeGuidance Default { get; } = new();
}
