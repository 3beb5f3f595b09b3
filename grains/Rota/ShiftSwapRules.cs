using SupportGrains.Grains.Staff;

namespace SupportGrains.Grains.Rota;

/// <summary>
/// DOMAIN.md "Rota": a swap is proposed by one team member, for a shift of their own, and accepted
/// by another member of the same team who can work it (in the team, employed and available that
/// day, not on another shift of the team at the same time, and at INDUCTION only alongside a
/// MATCHED colleague). A swap offered to a named colleague is theirs alone to accept. The software
/// records what the team agreed; every proposal is kept with its outcome.
/// </summary>
public static class ShiftSwapRules
{
    public static (RotaState Rota, ShiftSwap Swap) Propose(RotaState rota, RotaTeam team, string shiftId, string proposedBy, string? wantedStaffId, string? note, DateOnly today, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(rota);
        ArgumentNullException.ThrowIfNull(team);
        var shift = RotaRules.Live(rota, shiftId, "swapped");
        var proposer = team.Colleague(proposedBy);
        if (shift.StaffId != proposedBy)
        {
            var whose = shift.StaffId is { } other ? $"it is {team.NameOf(other)}'s" : "it is open: a team leader can assign it instead";
            throw DomainException.InvalidInput($"{proposer.Name} is not on shift {shift.Id} ({shift.Describe()}), so cannot propose swapping it: {whose}.");
        }

        if (team.StageOf(proposedBy) is null)
        {
            throw DomainException.InvalidInput($"{proposer.Name} is no longer in the team around {team.Person.Name}, so cannot propose swapping {shift.Describe()}: a team leader can reassign it.");
        }

        RequireNotPast(shift, today);
        if (rota.Swaps.FirstOrDefault(s => s.IsOpen && s.ShiftId == shift.Id) is { } open)
        {
            throw DomainException.InvalidTransition($"A swap of shift {shift.Id} ({shift.Describe()}) is already proposed ({open.Id}, on {open.ProposedAt:yyyy-MM-dd}).");
        }

        if (wantedStaffId is not null)
        {
            var wanted = team.Colleague(wantedStaffId);
            if (wantedStaffId == proposedBy)
            {
                throw DomainException.InvalidInput($"{proposer.Name} cannot offer their own shift {shift.Id} to themselves.");
            }

            if (team.StageOf(wantedStaffId) is null)
            {
                throw DomainException.InvalidInput($"{wanted.Name} is not in the team around {team.Person.Name}, so {shift.Describe()} cannot be offered to them.");
            }
        }

        var swap = new ShiftSwap(RotaIds.Swap(rota.PersonId, rota.Swaps.Length + 1), rota.PersonId, shift.Id, proposedBy, wantedStaffId, RotaRules.Note(note), at, SwapStatus.Proposed);
        return (rota with { Swaps = rota.Swaps.Add(swap) }, swap);
    }

    public static RotaState Accept(RotaState rota, RotaTeam team, string swapId, string acceptedBy, DateOnly today, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(rota);
        ArgumentNullException.ThrowIfNull(team);
        var swap = Open(rota, swapId, "accepted");
        var shift = RotaRules.Live(rota, swap.ShiftId, "swapped");
        var taker = team.Colleague(acceptedBy);
        if (acceptedBy == swap.ProposedBy)
        {
            throw DomainException.InvalidInput($"{taker.Name} proposed swap {swap.Id}: another member of the team around {team.Person.Name} accepts it.");
        }

        if (swap.WantedStaffId is { } wanted && wanted != acceptedBy)
        {
            throw DomainException.InvalidInput($"Swap {swap.Id} of {shift.Describe()} was offered to {team.NameOf(wanted)}, so only they can accept it, not {taker.Name}.");
        }

        RequireNotPast(shift, today);
        RotaRules.RequireCanRoster(team, acceptedBy, shift);
        var availability = taker.AvailabilityOn(shift.Day);
        if (availability.Status != AvailabilityStatus.Available)
        {
            throw DomainException.InvalidInput($"{taker.Name} is {Said(availability.Status)} on {shift.Day:ddd yyyy-MM-dd}, so cannot take shift {shift.Id} ({shift.Describe()}).");
        }

        if (rota.Shifts.FirstOrDefault(s => !s.IsCancelled && s.StaffId == acceptedBy && s.Id != shift.Id && s.Overlaps(shift)) is { } busy)
        {
            throw DomainException.InvalidInput($"{taker.Name} is already on {busy.Describe()} ({busy.Id}), which overlaps {shift.Describe()}: they cannot work both.");
        }

        var swapped = shift with
        {
            StaffId = acceptedBy,
            History = shift.History.Add(new ShiftEvent(ShiftChange.Swapped, acceptedBy, acceptedBy, at, $"Swap {swap.Id} proposed by {team.NameOf(swap.ProposedBy)}")),
        };
        var accepted = swap with
        {
            Status = SwapStatus.Accepted,
            DecidedBy = acceptedBy,
            DecidedAt = at,
            Outcome = $"{taker.Name} took the shift from {team.NameOf(swap.ProposedBy)}.",
        };
        var next = RotaRules.Replace(rota, shift, swapped) with { Swaps = rota.Swaps.Replace(swap, accepted) };
        RotaRules.RequireShadowed(rota, next, team, [swapped]);
        return next;
    }

    /// <summary>Whoever proposed a swap can withdraw it while nobody has taken it.</summary>
    public static RotaState Withdraw(RotaState rota, RotaTeam team, string swapId, string by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(rota);
        ArgumentNullException.ThrowIfNull(team);
        var swap = Open(rota, swapId, "withdrawn");
        if (by != swap.ProposedBy)
        {
            throw DomainException.InvalidInput($"Swap {swap.Id} was proposed by {team.NameOf(swap.ProposedBy)}: only they can withdraw it, not {team.NameOf(by)}.");
        }

        var withdrawn = swap with { Status = SwapStatus.Withdrawn, DecidedBy = by, DecidedAt = at, Outcome = $"{team.NameOf(by)} withdrew it." };
        return rota with { Swaps = rota.Swaps.Replace(swap, withdrawn) };
    }

    private static ShiftSwap Open(RotaState rota, string swapId, string verb)
    {
        var swap = rota.SwapById(swapId) ?? throw DomainException.NotFound($"Swap {swapId}");
        return swap.IsOpen
            ? swap
            : throw DomainException.InvalidTransition($"Swap {swap.Id} is {swap.Status.ToString().ToUpperInvariant()}{(swap.DecidedAt is { } on ? $" since {on:yyyy-MM-dd}" : "")} and cannot be {verb}.");
    }

    private static void RequireNotPast(Shift shift, DateOnly today)
    {
        if (shift.Day < today)
        {
            throw DomainException.InvalidTransition($"Shift {shift.Id} was on {shift.Day:ddd yyyy-MM-dd}, before today: a shift already worked cannot be swapped.");
        }
    }

    internal static string Said(AvailabilityStatus status) => status switch
    {
        AvailabilityStatus.OnLeave => "on leave",
        AvailabilityStatus.OffSick => "off sick",
        AvailabilityStatus.Unavailable => "unavailable",
        _ => "available",
    };
}
