namespace SupportGrains.Grains.Organisations;

/// <summary>A colleague and a person (or another colleague) who should know each other; last time together, if one is recorded.</summary>
[GenerateSerializer, Immutable]
[Alias("SupportGrains.KnowsGap")]
public sealed record KnowsGap(string StaffId, string? PersonId, string? ColleagueId, DateOnly? LastTogetherOn)
{
    [Id(0)]
    public KnowsGapKind Kind { get; init; }
}
