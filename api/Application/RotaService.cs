using System.Collections.Immutable;
using SupportGrains.Grains.Rota;
using SupportGrains.Grains.Staff;

namespace SupportGrains.Api.Application;

/// <summary>
/// The rota, for the pages and the GraphQL API alike: a colleague's shifts, a team's week, and the
/// swaps colleagues propose and accept for themselves (DOMAIN.md "Rota"), each decided by
/// <see cref="Access.Access"/> before it reaches the grains. What a week adds up to is answered by
/// the organisation, which sees every team's rota.
/// </summary>
public sealed class RotaService(Access.Access access, PeopleService people, StaffService staff, IGrainFactory grains, Clock clock)
{
    /// <summary>A colleague's shifts in every team of the organisation, from one day to another (both included).</summary>
    public async Task<ImmutableArray<RotaShift>> ShiftsOfAsync(StaffView colleague, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(colleague);
        return await grains.GetGrain<IOrganisationRotaGrain>(colleague.OrganisationId).ShiftsOfAsync(colleague.Id, from, to);
    }

    /// <summary>The rota of the team around a person for the week holding a day; null when the person is not the signed-in user's to read.</summary>
    public async Task<RotaWeek?> WeekAsync(string personId, DateOnly day) =>
        await people.GetAsync(personId) is { } person
            ? await grains.GetGrain<IOrganisationRotaGrain>(person.OrganisationId).RotaWeekAsync(personId, day)
            : null;

    /// <summary>
    /// The open swaps of shifts from today in the weeks of <paramref name="from"/> to <paramref name="to"/>
    /// in the teams a colleague is in: those they proposed, and those others proposed that they could take.
    /// Whether they can work the shift is decided when they accept.
    /// </summary>
    public async Task<ColleagueSwaps> SwapsOfAsync(StaffView colleague, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(colleague);
        var today = clock.Today;
        var teams = await staff.TeamsAsync(colleague);
        var weeks = Enumerable.Range(0, ((ShiftTimes.WeekOf(to).DayNumber - ShiftTimes.WeekOf(from).DayNumber) / 7) + 1).Select(w => ShiftTimes.WeekOf(from).AddDays(7 * w)).ToList();
        var rota = grains.GetGrain<IOrganisationRotaGrain>(colleague.OrganisationId);
        var found = await Task.WhenAll(teams.SelectMany(t => weeks.Select(async week => (t.Person, Week: await rota.RotaWeekAsync(t.Person.Id, week)))));
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var offers = new List<SwapOffer>();
        foreach (var (person, week) in found)
        {
            foreach (var swap in week?.Swaps.Where(s => s.IsOpen) ?? [])
            {
                if (week!.Shifts.FirstOrDefault(s => s.Id == swap.ShiftId) is { } shift && shift.Day >= today)
                {
                    offers.Add(new SwapOffer(swap, shift, person, await NameAsync(swap.ProposedBy), swap.WantedStaffId is { } wanted ? await NameAsync(wanted) : null));
                }
            }
        }

        var ordered = offers.OrderBy(o => o.Shift.Day).ThenBy(o => o.Shift.Start).ToList();
        return new ColleagueSwaps(
            [.. ordered.Where(o => o.Swap.ProposedBy == colleague.Id)],
            [.. ordered.Where(o => o.Swap.ProposedBy != colleague.Id && (o.Swap.WantedStaffId is null || o.Swap.WantedStaffId == colleague.Id))]);

        async Task<string> NameAsync(string staffId)
        {
            if (!names.TryGetValue(staffId, out var name))
            {
                name = (await staff.GetAsync(staffId))?.Name ?? "a colleague";
                names[staffId] = name;
            }

            return name;
        }
    }

    /// <summary>The colleague on a shift proposes swapping it: for themselves (or a director).</summary>
    public async Task<ShiftSwap> ProposeSwapAsync(ProposeShiftSwapInput input, ChangeContext change)
    {
        ArgumentNullException.ThrowIfNull(input);
        await access.RequireActAsSelfAsync(input.ProposedBy, PersonOf(input.ShiftId), "proposing a swap of their shift");
        return await RotaOf(input.ShiftId).ProposeSwapAsync(input.ShiftId, input.ProposedBy, input.WantedColleagueId, input.Note, change);
    }

    /// <summary>Another member of the team takes the shift of a proposed swap: for themselves (or a director).</summary>
    public async Task<ShiftSwap> AcceptSwapAsync(string swapId, string acceptedBy, ChangeContext change)
    {
        await access.RequireActAsSelfAsync(acceptedBy, PersonOf(swapId), "accepting a swap");
        return await RotaOf(swapId).AcceptSwapAsync(swapId, acceptedBy, change);
    }

    /// <summary>Whoever proposed a swap withdraws it: for themselves (or a director).</summary>
    public async Task<ShiftSwap> WithdrawSwapAsync(string swapId, string by, ChangeContext change)
    {
        await access.RequireActAsSelfAsync(by, PersonOf(swapId), "withdrawing a swap");
        return await RotaOf(swapId).WithdrawSwapAsync(swapId, by, change);
    }

    /// <summary>A team leader gives a shift to a colleague of the team, or opens it (no colleague): the leaders of the person's team, or a director.</summary>
    public async Task<Shift> AssignShiftAsync(string shiftId, string? colleagueId, string? byStaffId, ChangeContext change)
    {
        await access.RequireManageTeamAsync(PersonOf(shiftId), "the rota");
        return await RotaOf(shiftId).AssignShiftAsync(shiftId, colleagueId, byStaffId, change);
    }

    /// <summary>The rota that holds a shift or swap, named by its id.</summary>
    private IRotaGrain RotaOf(string id) => grains.GetGrain<IRotaGrain>(PersonOf(id));

    // Whose rota a shift or swap id belongs to (the id says it); an id that names no rota is not found.
    private static string PersonOf(string id) =>
        RotaIds.PersonOf(id) ?? throw DomainException.NotFound(id.StartsWith("sw", StringComparison.Ordinal) ? $"Swap {id}" : $"Shift {id}");
}
