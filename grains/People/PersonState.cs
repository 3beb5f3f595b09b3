using System.Collections.Immutable;

namespace SupportGrains.Grains.People;

/// <summary>What a person's grain keeps.</summary>
[GenerateSerializer]
[Alias("SupportGrains.PersonState")]
public sealed record PersonState
{
    [Id(0)]
    public string OrganisationId { get; init; } = "";

    [Id(1)]
    public string Name { get; init; } = "";

    [Id(2)]
    public DateOnly SupportStartedOn { get; init; }

    [Id(3)]
    public DateOnly? SupportEndedOn { get; init; }

    [Id(4)]
    public double FundedHoursPerWeek { get; init; }

    /// <summary>How support is given at times, e.g. "2:1 when out in the community".</summary>
    [Id(5)]
    public string? SupportRatio { get; init; }

    [Id(6)]
    public OnePageProfile Profile { get; init; } = OnePageProfile.Empty;

    [Id(7)]
    public ImmutableArray<Relationship> Relationships { get; init; } = [];

    /// <summary>Why the person was taken on although the size check was red.</summary>
    [Id(8)]
    public string? SizeGuidanceOverrideReason { get; init; }
}
