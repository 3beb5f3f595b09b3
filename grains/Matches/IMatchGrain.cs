using System.Collections.Immutable;
using SupportGrains.Silo;

namespace SupportGrains.Grains.Matches;

/// <summary>A match between a person and a colleague: its stage, its history, its reviews, its hours.</summary>
public interface IMatchGrain : IGrainWithStringKey
{
    Task<MatchView> StartAsync(NewMatch match);

    [ReadOnly]
    Task<MatchView?> GetAsync();

    /// <summary>Moves forward to a later stage (not ENDED).</summary>
    Task<MatchView> AdvanceAsync(MatchStage to, string? note);

    /// <summary>Ends the match with a reason; the search goes on.</summary>
    Task<MatchView> EndAsync(string reason);

    /// <summary>Counts a shadow shift (INDUCTION only).</summary>
    Task<MatchView> RecordShadowShiftAsync();

    /// <summary>Adds a working / not working review.</summary>
    Task<MatchView> ReviewAsync(MatchReview review);

    /// <summary>Sets the hours a week allocated to the person (INDUCTION or MATCHED only).</summary>
    Task<MatchView> AllocateHoursAsync(double hoursPerWeek);
}
