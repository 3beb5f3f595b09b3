using System.Collections.Immutable;

namespace SupportGrains.Grains.Matches;

/// <summary>What a match's grain keeps. Nothing is overwritten: every stage and review is appended.</summary>
public sealed record MatchState
{
    public bool Exists { get; init; }

    public string OrganisationId { get; init; } = "";

    public string PersonId { get; init; } = "";

    public string StaffId { get; init; } = "";

    public MatchStage Stage { get; init; }

    public ImmutableArray<MatchEvent> History { get; init; } = [];

    public ImmutableArray<MatchReview> Reviews { get; init; } = [];

    public int ShadowShifts { get; init; }

    public double HoursPerWeek { get; init; }

    public string? EndedReason { get; init; }
}
