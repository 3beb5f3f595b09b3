using SupportGrains.Grains.Common;
using SupportGrains.Grains.Organisations;
using SupportGrains.Silo;

namespace SupportGrains.Grains.Staff;

[GrainType("staff")]
public sealed class StaffMemberGrain([PersistentState("staff", StorageNames.Default)] IPersistentState<StaffState> state) : Grain, IStaffMemberGrain
{
    public async Task<StaffView> CreateAsync(NewStaffMember staff)
    {
        ArgumentNullException.ThrowIfNull(staff);
        if (state.State.Exists)
        {
            throw DomainException.InvalidInput($"Staff member {GetPrimaryKeyString()} exists already.");
        }

        var created = new StaffState
        {
            Exists = true,
            OrganisationId = staff.OrganisationId,
            Name = Require.Text(staff.Name, "A staff member's name"),
            Role = Require.Text(staff.Role, "A staff member's role"),
            IsLeader = staff.IsLeader,
            Contract = staff.Contract,
            StartedOn = staff.StartedOn,
            ContractedHoursPerWeek = Require.Hours(staff.ContractedHoursPerWeek, "Contracted hours"),
            RecruitedForPersonId = staff.RecruitedForPersonId,
            Interests = staff.Interests.IsDefault ? [] : staff.Interests,
        };
        return await SaveAsync(created);
    }

    public Task<StaffView?> GetAsync() => Task.FromResult(state.State.Exists ? View(state.State) : null);

    public async Task<StaffView> LeaveAsync(DateOnly leftOn, string? reason)
    {
        var current = Existing();
        if (leftOn < current.StartedOn)
        {
            throw DomainException.InvalidInput($"{current.Name} cannot leave on {leftOn:yyyy-MM-dd}, before starting on {current.StartedOn:yyyy-MM-dd}.");
        }

        return await SaveAsync(current with { LeftOn = leftOn, LeavingReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim() });
    }

    public async Task<StaffView> SetAvailabilityAsync(AvailabilityChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var current = Existing();
        if (change.Until is { } until && until < change.From)
        {
            throw DomainException.InvalidInput($"The availability of {current.Name} cannot end ({until:yyyy-MM-dd}) before it starts ({change.From:yyyy-MM-dd}).");
        }

        return await SaveAsync(current with { AvailabilityHistory = current.AvailabilityHistory.Add(change) });
    }

    public async Task<StaffView> RecordKnowsPersonAsync(string personId, DateOnly lastTogetherOn)
    {
        var current = Existing();
        return await SaveAsync(current with { KnowsPeople = KnowsLinks.Record(current.KnowsPeople, personId, lastTogetherOn) });
    }

    public async Task<StaffView> RecordKnowsColleagueAsync(string staffId, DateOnly lastTogetherOn)
    {
        var current = Existing();
        if (staffId == GetPrimaryKeyString())
        {
            throw DomainException.InvalidInput($"{current.Name} cannot be recorded as knowing themselves.");
        }

        return await SaveAsync(current with { KnowsStaff = KnowsLinks.Record(current.KnowsStaff, staffId, lastTogetherOn) });
    }

    public async Task AddMatchAsync(string matchId)
    {
        var current = Existing();
        if (!current.MatchIds.Contains(matchId))
        {
            await SaveAsync(current with { MatchIds = current.MatchIds.Add(matchId) });
        }
    }

    private StaffState Existing() => state.State.Exists ? state.State : throw DomainException.NotFound($"Staff member {GetPrimaryKeyString()}");

    private async Task<StaffView> SaveAsync(StaffState next)
    {
        state.State = next;
        await state.WriteStateAsync();
        if (next.OrganisationId.Length > 0)
        {
            await OrganisationOf(next).SnapshotChangedAsync();
        }

        return View(next);
    }

    private StaffView View(StaffState s) => new(GetPrimaryKeyString(), s.OrganisationId, s.Name, s.Role, s.IsLeader, s.Contract, s.StartedOn,
        s.LeftOn, s.LeavingReason, s.ContractedHoursPerWeek, s.Interests, s.RecruitedForPersonId, s.AvailabilityHistory, s.KnowsPeople, s.KnowsStaff, s.MatchIds);

    private IOrganisationGrain OrganisationOf(StaffState s) => GrainFactory.GetGrain<IOrganisationGrain>(s.OrganisationId);
}
