using System.Collections.Immutable;
using SupportGrains.Grains.Common;
using SupportGrains.Silo;

namespace SupportGrains.Grains.Teams;

[GrainType("team")]
public sealed class TeamGrain([PersistentState("team", StorageNames.Default)] IPersistentState<TeamState> state) : Grain, ITeamGrain
{
    public async Task AddMatchAsync(string matchId)
    {
        if (state.State.MatchIds.Contains(matchId))
        {
            return;
        }

        state.State = state.State with { MatchIds = state.State.MatchIds.Add(matchId) };
        await state.WriteStateAsync();
    }

    public Task<ImmutableArray<string>> MatchIdsAsync() => Task.FromResult(state.State.MatchIds);
}
