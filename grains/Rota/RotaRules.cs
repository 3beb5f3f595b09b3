using System.Collections.Immutable;
using SupportGrains.Grains.Matches;

namespace SupportGrains.Grains.Rota;

/// <summary>
/// DOMAIN.md "Rota": only members of the person's team (INDUCTION or MATCHED) are rostered, and a
/// colleague at INDUCTION only alongside a MATCHED colleague on an overlapping shift (a shadow
/// shift). Adding, assigning and cancelling shifts: each decision gives the next rota or refuses,
/// naming the shift, the colleague and the day. Nothing is deleted: a cancelled shift is kept.
/// </summary>
public static class RotaRules
{
    public const int NoteLimit = 4000;

    public static (RotaState Rota, Shift Shift) AddShift(RotaState rota, RotaTeam team, NewShift input, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(rota);
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(input);
        RequireTimes(input.Day, input.Start, input.End);
        RequireBy(team, input.By);
        var note = Note(input.Note);
        RequireSupported(team, input.Day, ShiftTimes.Describe(input.Day, input.Start, input.End));
        var id = RotaIds.Shift(rota.PersonId, rota.Shifts.Length + 1);
        var shift = new Shift(id, rota.PersonId, input.Day, input.Start, input.End, input.Kind, input.StaffId, note,
            [new ShiftEvent(ShiftChange.Added, input.StaffId, input.By, at, null)]);
        if (input.StaffId is { } staffId)
        {
            RequireCanRoster(team, staffId, shift);
        }

        var next = rota with { OrganisationId = team.Person.OrganisationId, Shifts = rota.Shifts.Add(shift) };
        RequireShadowed(rota, next, team, [shift]);
        return (next, shift);
    }

    /// <summary>A team leader gives a shift to a colleague, or opens it (no colleague). Giving it to whoever has it already changes nothing.</summary>
    public static RotaState AssignShift(RotaState rota, RotaTeam team, string shiftId, string? staffId, string? by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(rota);
        ArgumentNullException.ThrowIfNull(team);
        RequireBy(team, by);
        var shift = Live(rota, shiftId, staffId is null ? "opened" : "assigned");
        if (shift.StaffId == staffId)
        {
            return rota;
        }

        if (staffId is not null)
        {
            RequireCanRoster(team, staffId, shift);
        }

        var changed = shift with
        {
            StaffId = staffId,
            History = shift.History.Add(new ShiftEvent(staffId is null ? ShiftChange.Opened : ShiftChange.Assigned, staffId, by, at, null)),
        };
        var outcome = staffId is null
            ? $"The shift was opened on {at:yyyy-MM-dd} before anyone took the swap."
            : $"The shift was given to {team.NameOf(staffId)} on {at:yyyy-MM-dd} before anyone took the swap.";
        var next = Replace(rota, shift, changed) with { Swaps = LapseSwaps(rota.Swaps, shift.Id, outcome, at) };
        RequireShadowed(rota, next, team, [changed]);
        return next;
    }

    /// <summary>Cancels a shift: it stays in the rota, marked cancelled with who and when, and counts no more.</summary>
    public static RotaState CancelShift(RotaState rota, RotaTeam team, string shiftId, string? reason, string? by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(rota);
        ArgumentNullException.ThrowIfNull(team);
        RequireBy(team, by);
        var shift = Live(rota, shiftId, "cancelled");
        var why = Note(reason);
        var cancelled = shift with
        {
            Cancellation = new ShiftCancellation(by, at, why),
            History = shift.History.Add(new ShiftEvent(ShiftChange.Cancelled, shift.StaffId, by, at, why)),
        };
        var next = Replace(rota, shift, cancelled) with { Swaps = LapseSwaps(rota.Swaps, shift.Id, $"The shift was cancelled on {at:yyyy-MM-dd}.", at) };
        RequireShadowed(rota, next, team, [cancelled]);
        return next;
    }

    /// <summary>
    /// Refuses a colleague who may not be rostered on the shift: not in the person's team (match at
    /// INDUCTION or MATCHED), or not employed on the shift's day.
    /// </summary>
    public static void RequireCanRoster(RotaTeam team, string staffId, Shift shift)
    {
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(shift);
        var staff = team.Colleague(staffId);
        if (team.StageOf(staffId) is null)
        {
            var latest = team.Matches.LastOrDefault(m => m.StaffId == staffId);
            var why = latest is null ? $"{staff.Name} has no match with {team.Person.Name}" : $"their match is at {MatchRules.Name(latest.Stage)}";
            throw DomainException.InvalidInput(
                $"{staff.Name} is not in the team around {team.Person.Name} ({why}): only colleagues whose match is at INDUCTION or MATCHED can be rostered, so {shift.Describe()} cannot be theirs.");
        }

        if (!staff.IsCurrentOn(shift.Day))
        {
            var when = staff.StartedOn > shift.Day ? $"starts on {staff.StartedOn:yyyy-MM-dd}" : $"left on {staff.LeftOn:yyyy-MM-dd}";
            throw DomainException.InvalidInput($"{staff.Name} {when}, so cannot be rostered on {shift.Describe()}.");
        }
    }

    /// <summary>
    /// The shadow-shift rule after a change: a colleague at INDUCTION placed on a changed shift needs
    /// a MATCHED colleague on an overlapping shift, and a change may not take that colleague away
    /// from an inductee who had one. An inductee left alone by something else (a match that ended)
    /// does not block unrelated changes; the week shows it.
    /// </summary>
    public static void RequireShadowed(RotaState before, RotaState after, RotaTeam team, IReadOnlyCollection<Shift> changed)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(changed);
        if (changed.Count == 0)
        {
            return;
        }

        var first = changed.Min(s => s.Day).AddDays(-1);
        var last = changed.Max(s => s.Day).AddDays(1);
        var changedIds = changed.Select(s => s.Id).ToHashSet();
        var nearby = after.Shifts.Where(s => !s.IsCancelled && s.Day >= first && s.Day <= last).ToList();
        var nearbyBefore = before.Shifts.Where(s => !s.IsCancelled && s.Day >= first && s.Day <= last).ToList();
        foreach (var shift in nearby.Where(s => s.StaffId is { } id && team.StageOf(id) == MatchStage.Induction))
        {
            if (IsShadowed(nearby, team, shift))
            {
                continue;
            }

            var name = team.NameOf(shift.StaffId!);
            if (changedIds.Contains(shift.Id))
            {
                throw DomainException.InvalidInput(
                    $"{name} is at INDUCTION in the team around {team.Person.Name}: they can be rostered only alongside a MATCHED colleague on an overlapping shift (a shadow shift), "
                    + $"and no MATCHED colleague is on a shift overlapping {shift.Describe()}. Roster a MATCHED colleague alongside first.");
            }

            if (IsShadowed(nearbyBefore, team, shift))
            {
                throw DomainException.InvalidTransition(
                    $"That would leave {name} (at INDUCTION) on {shift.Describe()} ({shift.Id}) without a MATCHED colleague alongside, and a shadow shift needs one. "
                    + $"Put another MATCHED colleague on an overlapping shift, or change {name}'s shift first.");
            }
        }
    }

    /// <summary>Whether a MATCHED colleague of the team is on a live shift overlapping this one.</summary>
    public static bool IsShadowed(IEnumerable<Shift> shifts, RotaTeam team, Shift shift)
    {
        ArgumentNullException.ThrowIfNull(team);
        return shifts.Any(o => o.Id != shift.Id && !o.IsCancelled && o.StaffId is { } other && other != shift.StaffId
            && team.StageOf(other) == MatchStage.Matched && o.Overlaps(shift));
    }

    /// <summary>A live (not cancelled) shift of the rota, or NOT_FOUND / INVALID_TRANSITION naming it.</summary>
    public static Shift Live(RotaState rota, string shiftId, string verb)
    {
        ArgumentNullException.ThrowIfNull(rota);
        var shift = rota.ShiftById(shiftId) ?? throw DomainException.NotFound($"Shift {shiftId}");
        if (shift.Cancellation is { } cancelled)
        {
            throw DomainException.InvalidTransition($"Shift {shift.Id} ({shift.Describe()}) was cancelled on {cancelled.At:yyyy-MM-dd} and cannot be {verb}: add a new shift instead.");
        }

        return shift;
    }

    public static void RequireTimes(DateOnly day, TimeOnly start, TimeOnly end)
    {
        if (day.Year is < 1900 or > 2100)
        {
            throw DomainException.InvalidInput($"A shift's day must be from 1900-01-01 to 2100-12-31, not {day:yyyy-MM-dd}.");
        }

        if (start == end)
        {
            throw DomainException.InvalidInput($"The shift on {day:ddd yyyy-MM-dd} starts and ends at {start:HH:mm}: give an end time (one at or before the start is on the next day).");
        }
    }

    /// <summary>Who made the change, when given: a colleague of the person's organisation.</summary>
    public static void RequireBy(RotaTeam team, string? by)
    {
        ArgumentNullException.ThrowIfNull(team);
        if (by is not null)
        {
            team.Colleague(by);
        }
    }

    public static string? Note(string? note)
    {
        var trimmed = Require.OptionalText(note, "note");
        return trimmed is { Length: > NoteLimit }
            ? throw DomainException.InvalidInput($"A shift's note must be at most {NoteLimit} characters, not {trimmed.Length}.")
            : trimmed;
    }

    /// <summary>No shifts once the person's support has ended.</summary>
    public static void RequireSupported(RotaTeam team, DateOnly day, string what)
    {
        ArgumentNullException.ThrowIfNull(team);
        if (team.Person.SupportEndedOn is { } ended && day >= ended)
        {
            throw DomainException.InvalidInput($"Support for {team.Person.Name} ended on {ended:yyyy-MM-dd}, so there is no shift to roster on {what}.");
        }
    }

    internal static RotaState Replace(RotaState rota, Shift before, Shift after) => rota with { Shifts = rota.Shifts.Replace(before, after) };

    internal static ImmutableArray<ShiftSwap> LapseSwaps(ImmutableArray<ShiftSwap> swaps, string shiftId, string outcome, DateTimeOffset at) =>
        [.. swaps.Select(s => s.IsOpen && s.ShiftId == shiftId ? s with { Status = SwapStatus.Lapsed, Outcome = outcome, DecidedAt = at } : s)];
}
