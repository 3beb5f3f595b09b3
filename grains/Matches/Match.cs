using System.Collections.Immutable;

namespace SupportGrains.Grains.Matches;

/// <summary>
/// A match between a person and a colleague or candidate: its stage, every stage it reached, its
/// reviews, shadow shifts and hours. Kept by the team around the person; nothing is overwritten:
/// every stage, allocation, shadow-shift entry and review is appended.
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
    /// <summary>Every allocation of hours, oldest first; <see cref="HoursPerWeek"/> is the latest (for an ended match, the hours it had).</summary>
    [Id(0)]
    public ImmutableArray<HoursAllocation> Allocations { get; init; } = [];

    /// <summary>Every shadow-shift entry, corrections included; <see cref="ShadowShifts"/> counts the shifts that stand.</summary>
    [Id(1)]
    public ImmutableArray<ShadowShift> ShadowShiftEntries { get; init; } = [];

    /// <summary>The day the match reached a stage (the latest time it did), if it has.</summary>
    public DateOnly? ReachedOn(MatchStage stage)
    {
        for (var i = History.Length - 1; i >= 0; i--)
        {
            if (History[i].Stage == stage)
            {
                return DateOnly.FromDateTime(History[i].At.UtcDateTime);
            }
        }

        return null;
    }

    /// <summary>The hours allocated on a day (0 when none was in force; the hours as they stand when no allocation history is kept).</summary>
    public double HoursOn(DateOnly day) => Allocations.IsDefaultOrEmpty ? HoursPerWeek : Allocations.LastOrDefault(a => a.Covers(day))?.HoursPerWeek ?? 0;

    /// <summary>DOMAIN.md: a colleague is in the person's team while the match is at INDUCTION or MATCHED.</summary>
    public bool IsTeamMembership => Stage is MatchStage.Induction or MatchStage.Matched;

    public bool IsEnded => Stage == MatchStage.Ended;
}
