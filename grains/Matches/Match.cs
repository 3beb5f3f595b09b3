using System.Collections.Immutable;

namespace SupportGrains.Grains.Matches;

/// <summary>
/// A match between a person and a colleague or candidate: its stage, every stage it reached, its
/// reviews, shadow shifts and hours. Kept by the team around the person; nothing is overwritten.
/// </summary>
[GenerateSerializer, Immutable]
[Alias("SupportGrains.Match")]
public sealed record Match(
    string Id,
    string OrganisationId,
    string PersonId,
    string StaffId,
    MatchStage Stage,
    ImmutableArray<MatchEvent> History,
    ImmutableArray<MatchReview> Reviews,
    int ShadowShifts,
    double HoursPerWeek,
    string? EndedReason)
{
    /// <summary>DOMAIN.md: a colleague is in the person's team while the match is at INDUCTION or MATCHED.</summary>
    public bool IsTeamMembership => Stage is MatchStage.Induction or MatchStage.Matched;

    public bool IsEnded => Stage == MatchStage.Ended;
}
