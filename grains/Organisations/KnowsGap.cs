namespace SupportGrains.Grains.Organisations;

/// <summary>A colleague and a person (or another colleague) who should know each other; last time together, if they do.</summary>
[GenerateSerializer, Immutable]
[Alias("SupportGrains.KnowsGap")]
public sealed record KnowsGap(string StaffId, string? PersonId, string? ColleagueId, DateOnly? LastTogetherOn);
