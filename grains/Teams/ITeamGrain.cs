using System.Collections.Immutable;
using SupportGrains.Grains.Matches;

namespace SupportGrains.Grains.Teams;

/// <summary>The team around one person (keyed by the person's id): every match made for them, at any stage.</summary>
[Alias("SupportGrains.ITeamGrain")]
public interface ITeamGrain : IGrainWithStringKey
{
    /// <summary>The team's matches (none yet for a person without matches).</summary>
    [ReadOnly, Alias("Get")]
    Task<TeamState> GetAsync();

    /// <summary>Starts a match between the person and a colleague or candidate of the same organisation.</summary>
    [Alias("StartMatch")]
    Task<Match> StartMatchAsync(NewMatch match, ChangeContext change);

    /// <summary>Moves a match forward to a later stage (not ENDED).</summary>
    [Alias("AdvanceMatch")]
    Task<Match> AdvanceMatchAsync(string matchId, MatchStage to, string? note, ChangeContext change);

    /// <summary>Ends a match with a reason; the search goes on.</summary>
    [Alias("EndMatch")]
    Task<Match> EndMatchAsync(string matchId, string reason, ChangeContext change);

    /// <summary>Records a shadow shift on a day (today when none is given), alongside a MATCHED colleague of the team (INDUCTION only).</summary>
    [Alias("RecordShadowShift")]
    Task<Match> RecordShadowShiftAsync(string matchId, DateOnly? on, string? withStaffId, string? note, ChangeContext change);

    /// <summary>Corrects a shadow-shift entry with a later one (another day or colleague, or cancelled); the earlier entry is kept.</summary>
    [Alias("CorrectShadowShift")]
    Task<Match> CorrectShadowShiftAsync(string matchId, int number, DateOnly? on, string? withStaffId, bool cancelled, string? note, ChangeContext change);

    /// <summary>Adds a working / not working review.</summary>
    [Alias("ReviewMatch")]
    Task<Match> ReviewMatchAsync(string matchId, MatchReview review, ChangeContext change);

    /// <summary>Names the team leaders who lead this team: current colleagues of the organisation holding a leadership role.</summary>
    [Alias("SetLeaders")]
    Task<TeamState> SetLeadersAsync(ImmutableArray<string> staffIds, ChangeContext change);

    /// <summary>Allocates hours a week to the person from a day (today when none is given; INDUCTION or MATCHED only); earlier allocations are kept.</summary>
    [Alias("AllocateHours")]
    Task<Match> AllocateHoursAsync(string matchId, double hoursPerWeek, DateOnly? from, ChangeContext change);
}
