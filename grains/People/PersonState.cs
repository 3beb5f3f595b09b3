using System.Collections.Immutable;

namespace SupportGrains.Grains.People;

/// <summary>What a person's grain keeps. Nothing is overwritten: funded hours and every change to the profile and circle are kept.</summary>
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

    /// <summary>Every change of funded hours and ratio, in the order recorded; the first is from the day support started.</summary>
    [Id(4)]
    public ImmutableArray<FundedHoursChange> FundedHours { get; init; } = [];

    [Id(5)]
    public string? SupportRatioNote { get; init; }

    [Id(6)]
    public OnePageProfile Profile { get; init; } = OnePageProfile.Empty;

    /// <summary>The circle as it is now (removed relationships are in the history).</summary>
    [Id(7)]
    public ImmutableArray<Relationship> Relationships { get; init; } = [];

    /// <summary>Why the person was taken on although the size check was red.</summary>
    [Id(8)]
    public string? SizeGuidanceOverrideReason { get; init; }

    [Id(9)]
    public ImmutableArray<PersonChange> History { get; init; } = [];

    [Id(10)]
    public int RelationshipsAdded { get; init; }
}
