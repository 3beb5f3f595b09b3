using System.Collections.Immutable;
namespace SupportGrains.Grains.Staff;

public sealed class StaffMemberGrain([PersistentState(StorageNames.Staff, StorageNames.Default)] IPersistentState<Stored<StaffState>> state)
    : DomainGrain<StaffState>(state), IStaffMemberGrain
{
    protected override string Described => $"Staff member {Key}";

    public async Task<StaffView> CreateAsync(NewStaffMember staff, ChangeContext change)
    {
        ArgumentNullException.ThrowIfNull(staff);
        if (Current is { } existing)
        {
            return Applied(change) is not null ? View(existing) : throw DomainException.InvalidInput($"Staff member {Key} exists already.");
        }

        var created = StaffRules.Create(staff);
        await SaveAsync(created, change, Key);
        return View(created);
    }

    public async Task<StaffView> CreateCandidateAsync(NewCandidate candidate, ChangeContext change)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        if (Current is { } existing)
        {
            return Applied(change) is not null ? View(existing) : throw DomainException.InvalidInput($"Candidate {Key} exists already.");
        }

        var created = StaffRules.CreateCandidate(candidate, Clock.Now);
        await SaveAsync(created, change, Key);
        return View(created);
    }

    public async Task<StaffView> StartEmploymentAsync(Employment employment, ChangeContext change) =>
        View(await ChangeAsync(change, current => StaffRules.StartEmployment(current, employment)));

    public Task<StaffView?> GetAsync() => Task.FromResult(Current is { } current ? View(current) : null);

    public async Task<StaffView> LeaveAsync(DateOnly leftOn, string? reason, ChangeContext change) =>
        View(await ChangeAsync(change, current => StaffRules.Leave(current, leftOn, reason)));

    public async Task<StaffView> SetAvailabilityAsync(AvailabilityStatus status, DateOnly? from, DateOnly? until, string? note, ChangeContext change) =>
        View(await ChangeAsync(change, current => StaffRules.SetAvailability(current,
            new AvailabilityChange(status, from ?? Clock.Today, until, note, Clock.Now))));

    protected override Task ChangedAsync(StaffState saved) => TellOrganisationAsync(saved.OrganisationId);

    protected override string AuditOrganisation(StaffState state) => state.OrganisationId;

    protected override (ImmutableArray<string> People, ImmutableArray<string> Staff) AuditSubjects(StaffState? before, StaffState after) => ([], [Key]);

    // Every availability change is kept in the colleague's state; the entry keeps the latest one.
    protected override (object? Before, object? After) AuditValues(StaffState? before, StaffState after) =>
        (before is null ? null : Latest(before), Latest(after));

    private static StaffState Latest(StaffState state) =>
        state with { AvailabilityHistory = state.AvailabilityHistory.IsDefaultOrEmpty ? [] : [state.AvailabilityHistory[^1]] };

    private StaffView View(StaffState s) => new(Key, s.OrganisationId, s.Name, s.Role, s.IsLeader, s.Contract, s.StartedOn,
        s.LeftOn, s.LeavingReason, s.ContractedHoursPerWeek, s.Interests, s.RecruitedForPersonId, s.AvailabilityHistory)
    {
        Contact = s.Contact,
        CandidateSince = s.CandidateSince,
    };
}
