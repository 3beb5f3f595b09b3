using System.Collections.Immutable;
using SupportGrains.Silo;

namespace SupportGrains.Grains.Teams;

/// <summary>The team around one person (keyed by the person's id): every match made for them, at any stage.</summary>
public interface ITeamGrain : IGrainWithStringKey
{
    /// <summary>Links a match to the team.</summary>
    Task AddMatchAsync(string matchId);

    /// <summary>The matches of the team, oldest first.</summary>
    [ReadOnly]
    Task<ImmutableArray<string>> MatchIdsAsync();
}
