using System.Collections.Immutable;
using SupportGrains.Grains.Audit;
using SupportGrains.Grains.People;
using SupportGrains.Grains.Staff;
using SupportGrains.Grains.Teams;

namespace SupportGrains.Grains.Rota;

public sealed class RotaGrain([PersistentState(StorageNames.Rota, StorageNames.Default)] IPersistentState<Stored<RotaState>> state)
    : DomainGrain<RotaState>(state), IRotaGrain
{
    protected override string Described => $"The rota of the team around {Key}";

    private RotaState Rota => Current ?? RotaState.Empty(Key);

    public Task<RotaState> GetAsync() => Task.FromResult(Rota);

    public async Task<Shift> AddShiftAsync(NewShift shift, ChangeContext change)
    {
        ArgumentNullException.ThrowIfNull(shift);
        if (Applied(change) is { ResultId: { } done } && Rota.ShiftById(done) is { } earlier)
        {
            return earlier;
        }

        var team = await TeamAsync(shift.StaffId, shift.By);
        var (next, added) = RotaRules.AddShift(Rota, team, shift, Clock.Now);
        await SaveAsync(next, change, added.Id);
        return added;
    }

    public async Task<Shift> AssignShiftAsync(string shiftId, string? staffId, string? by, ChangeContext change)
    {
        var shift = await ChangeAsync(change, [staffId, by, Rota.ShiftById(shiftId)?.StaffId],
            (rota, team) => RotaRules.AssignShift(rota, team, shiftId, staffId, by, Clock.Now));
        return shift.ShiftById(shiftId)!;
    }

    public async Task<Shift> CancelShiftAsync(string shiftId, string? reason, string? by, ChangeContext change)
    {
        var shift = await ChangeAsync(change, [by, Rota.ShiftById(shiftId)?.StaffId],
            (rota, team) => RotaRules.CancelShift(rota, team, shiftId, reason, by, Clock.Now));
        return shift.ShiftById(shiftId)!;
    }

    public async Task<RotaPattern> SetPatternAsync(NewRotaPattern pattern, ChangeContext change)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        if (Applied(change) is { ResultId: { } done } && Rota.Patterns.FirstOrDefault(p => Number(p.Number) == done) is { } earlier)
        {
            return earlier;
        }

        var named = pattern.Shifts.IsDefault ? [] : pattern.Shifts.Select(t => t.StaffId);
        var team = await TeamAsync([.. named, pattern.By]);
        var next = RotaPatternRules.SetPattern(Rota, team, pattern, Clock.Now);
        var set = next.PatternInUse()!;
        await SaveAsync(next, change, Number(set.Number));
        return set;
    }

    public async Task<PatternApplication> ApplyPatternAsync(DateOnly from, int weeks, string? by, ChangeContext change)
    {
        if (Applied(change) is { ResultId: { } done } && Rota.Applications.FirstOrDefault(a => Number(a.Number) == done) is { } earlier)
        {
            return earlier;
        }

        var named = Rota.PatternInUse()?.Shifts.Select(t => t.StaffId) ?? [];
        var team = await TeamAsync([.. named, by]);
        var (next, application) = RotaPatternRules.Apply(Rota, team, from, weeks, by, Clock.Now);
        await SaveAsync(next, change, Number(application.Number));
        return application;
    }

    public async Task<ShiftSwap> ProposeSwapAsync(string shiftId, string proposedBy, string? wantedStaffId, string? note, ChangeContext change)
    {
        if (Applied(change) is { ResultId: { } done } && Rota.SwapById(done) is { } earlier)
        {
            return earlier;
        }

        var team = await TeamAsync(proposedBy, wantedStaffId, Rota.ShiftById(shiftId)?.StaffId);
        var (next, swap) = ShiftSwapRules.Propose(Rota, team, shiftId, proposedBy, wantedStaffId, note, Clock.Today, Clock.Now);
        await SaveAsync(next, change, swap.Id);
        return swap;
    }

    public async Task<ShiftSwap> AcceptSwapAsync(string swapId, string acceptedBy, ChangeContext change)
    {
        var swap = Rota.SwapById(swapId);
        var next = await ChangeAsync(change, [acceptedBy, swap?.ProposedBy, swap?.WantedStaffId],
            (rota, team) => ShiftSwapRules.Accept(rota, team, swapId, acceptedBy, Clock.Today, Clock.Now));
        return next.SwapById(swapId)!;
    }

    public async Task<ShiftSwap> WithdrawSwapAsync(string swapId, string by, ChangeContext change)
    {
        var next = await ChangeAsync(change, [by, Rota.SwapById(swapId)?.ProposedBy],
            (rota, team) => ShiftSwapRules.Withdraw(rota, team, swapId, by, Clock.Now));
        return next.SwapById(swapId)!;
    }

    protected override Task ChangedAsync(RotaState saved) => TellOrganisationAsync(saved.OrganisationId);

    protected override string AuditOrganisation(RotaState state) => state.OrganisationId;

    protected override (ImmutableArray<string> People, ImmutableArray<string> Staff) AuditSubjects(RotaState? before, RotaState after)
    {
        var (shifts, swaps, patterns) = Touched(before, after);
        var colleagues = shifts.Select(s => s.StaffId)
            .Concat(swaps.SelectMany(s => new[] { s.ProposedBy, s.WantedStaffId, s.DecidedBy }))
            .Concat(patterns.SelectMany(p => p.Shifts.Select(t => t.StaffId)));
        return ([Key], [.. colleagues.OfType<string>().Distinct()]);
    }

    // The rota keeps every shift it ever had; the entry keeps only the shifts, swaps, patterns and applications the change touched.
    protected override (object? Before, object? After) AuditValues(RotaState? before, RotaState after)
    {
        var shifts = AuditChanges.Of(before?.Shifts ?? [], after.Shifts);
        var swaps = AuditChanges.Of(before?.Swaps ?? [], after.Swaps);
        var patterns = AuditChanges.Of(before?.Patterns ?? [], after.Patterns);
        var applications = AuditChanges.Of(before?.Applications ?? [], after.Applications);
        return (new { Shifts = shifts.Before, Swaps = swaps.Before, Patterns = patterns.Before, Applications = applications.Before },
            new { Shifts = shifts.After, Swaps = swaps.After, Patterns = patterns.After, Applications = applications.After });
    }

    private static (IEnumerable<Shift> Shifts, IEnumerable<ShiftSwap> Swaps, IEnumerable<RotaPattern> Patterns) Touched(RotaState? before, RotaState after)
    {
        var shifts = AuditChanges.Of(before?.Shifts ?? [], after.Shifts);
        var swaps = AuditChanges.Of(before?.Swaps ?? [], after.Swaps);
        var patterns = AuditChanges.Of(before?.Patterns ?? [], after.Patterns);
        return (shifts.Before.Concat(shifts.After), swaps.Before.Concat(swaps.After), patterns.After);
    }

    /// <summary>Patterns and applications are remembered as the result of their change by number.</summary>
    private static string Number(int number) => number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// A change of the rota: skipped when its clientMutationId was applied already; otherwise checked
    /// against the team and the colleagues it concerns, and written only when it changes something.
    /// </summary>
    private async Task<RotaState> ChangeAsync(ChangeContext change, IEnumerable<string?> concerning, Func<RotaState, RotaTeam, RotaState> decide)
    {
        var current = Rota;
        if (Applied(change) is not null)
        {
            return current;
        }

        var team = await TeamAsync([.. concerning]);
        var next = decide(current, team);
        if (!ReferenceEquals(next, current))
        {
            await SaveAsync(next, change);
        }

        return next;
    }

    /// <summary>The person, every match of their team, and the colleagues concerned: the team's members and those named.</summary>
    private async Task<RotaTeam> TeamAsync(params string?[] named)
    {
        var person = GrainFactory.GetGrain<IPersonGrain>(Key).GetAsync();
        var matches = GrainFactory.GetGrain<ITeamGrain>(Key).GetAsync();
        await Task.WhenAll(person, matches);
        var found = await person ?? throw DomainException.NotFound($"Person {Key}");
        var team = await matches;
        var ids = team.Matches.Where(m => m.IsTeamMembership).Select(m => m.StaffId).Concat(named.OfType<string>()).Distinct().ToList();
        var staff = await Task.WhenAll(ids.Select(id => GrainFactory.GetGrain<IStaffMemberGrain>(id).GetAsync()));
        return new RotaTeam(found, team.Matches, staff.OfType<StaffView>().ToImmutableDictionary(s => s.Id));
    }
}
