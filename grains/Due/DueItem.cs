namespace SupportGrains.Grains.Due;

/// <summary>
/// One thing due: what, the day it is due, the day it becomes overdue, whom it concerns, and why,
/// in plain words. <see cref="Key"/> names it: the same thing due on the same day has the same key,
/// so what was recorded as due is never recorded twice.
/// </summary>
[GenerateSerializer, Immutable]
[Alias("SupportGrains.DueItem")]
public sealed record DueItem(
    string Key,
    DueKind Kind,
    DateOnly DueOn,
    DateOnly? OverdueFrom,
    string? PersonId,
    string? StaffId,
    string? MatchId,
    string Message)
{
    public bool IsOverdueOn(DateOnly day) => OverdueFrom is { } from && from <= day;

    /// <summary>Whether the item concerns a colleague: as the leader, the colleague back from sickness, or the colleague of the match.</summary>
    public bool Concerns(string staffId) => StaffId == staffId;
}
