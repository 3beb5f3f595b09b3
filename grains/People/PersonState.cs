using System.Collections.Immutable;
using SupportGrains.Grains.Common;

namespace SupportGrains.Grains.People;

/// <summary>What a person's grain keeps.</summary>
public sealed record PersonState
{
    public bool Exists { get; init; }

    public string OrganisationId { get; init; } = "";

    public string Name { get; init; } = "";

    public DateOnly SupportStartedOn { get; init; }

    public DateOnly? SupportEndedOn { get; init; }

    public double FundedHoursPerWeek { get; init; }

    /// <summary>How support is given at times, e.g. "2:1 when out in the community".</summary>
    public string? SupportRatio { get; init; }

    public OnePageProfile Profile { get; init; } = OnePageProfile.Empty;

    public ImmutableArray<Relationship> Relationships { get; init; } = [];

    /// <summary>Why the person was taken on although the size check was red.</summary>
    public string? SizeGuidanceOverrideReason { get; init; }

    /// <summary>Staff who know the person.</summary>
    public ImmutableArray<KnowsLink> KnownBy { get; init; } = [];
}
