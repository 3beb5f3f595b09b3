using SupportGrains.Grains.Common;
using SupportGrains.Grains.Organisations;
using SupportGrains.Silo;

namespace SupportGrains.Grains.Matches;

[GrainType("match")]
public sealed class MatchGrain([PersistentState("match", StorageNames.Default)] IPersistentState<MatchState> state) : Grain, IMatchGrain
{
    public async Task<MatchView> StartAsync(NewMatch match)
    {
        ArgumentNullException.ThrowIfNull(match);
        if (state.State.Exists)
        {
            throw DomainException.InvalidInput($"Match {GetPrimaryKeyString()} exists already.");
        }

        return await SaveAsync(MatchRules.Start(match, TimeProvider.GetUtcNow()));
    }

    public Task<MatchView?> GetAsync() => Task.FromResult(state.State.Exists ? View(state.State) : null);

    public Task<MatchView> AdvanceAsync(MatchStage to, string? note) =>
        SaveAsync(MatchRules.Advance(Existing(), GetPrimaryKeyString(), to, note, TimeProvider.GetUtcNow()));

    public Task<MatchView> EndAsync(string reason) =>
        SaveAsync(MatchRules.End(Existing(), GetPrimaryKeyString(), reason, TimeProvider.GetUtcNow()));

    public Task<MatchView> RecordShadowShiftAsync() =>
        SaveAsync(MatchRules.RecordShadowShift(Existing(), GetPrimaryKeyString()));

    public Task<MatchView> ReviewAsync(MatchReview review) => SaveAsync(MatchRules.Review(Existing(), review));

    public Task<MatchView> AllocateHoursAsync(double hoursPerWeek) =>
        SaveAsync(MatchRules.AllocateHours(Existing(), GetPrimaryKeyString(), hoursPerWeek));

    private MatchState Existing() => state.State.Exists ? state.State : throw DomainException.NotFound($"Match {GetPrimaryKeyString()}");

    private async Task<MatchView> SaveAsync(MatchState next)
    {
        state.State = next;
        await state.WriteStateAsync();
        if (next.OrganisationId.Length > 0)
        {
            await OrganisationOf(next).SnapshotChangedAsync();
        }

        return View(next);
    }

    private MatchView View(MatchState s) =>
        new(GetPrimaryKeyString(), s.OrganisationId, s.PersonId, s.StaffId, s.Stage, s.History, s.Reviews, s.ShadowShifts, s.HoursPerWeek, s.EndedReason);

    private IOrganisationGrain OrganisationOf(MatchState s) => GrainFactory.GetGrain<IOrganisationGrain>(s.OrganisationId);
}
