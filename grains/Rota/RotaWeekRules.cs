using System.Collections.Immutable;
using SupportGrains.Grains.Matches;
using SupportGrains.Grains.Organisations;
using SupportGrains.Grains.People;
using SupportGrains.Grains.Staff;

namespace SupportGrains.Grains.Rota;

/// <summary>
/// DOMAIN.md "Rota" per person and week, from the organisation's snapshot (where every team's
/// rota is seen at once): rostered hours (a SLEEP_IN at the organisation's sleep-in hours), hours
/// by MATCHED members and by others, continuity = matched ÷ rostered (null when no hours are
/// rostered: there is nothing to be continuous), open shifts, and clashes — a colleague on two
/// overlapping shifts (in this team or another person's), rostered on a day they are on leave,
/// off sick, unavailable or not employed, or on or after the day their match with the person
/// ended. Stages are the colleagues' stages now.
/// </summary>
public static class RotaWeekRules
{
    public static RotaWeek Week(OrganisationSnapshot snapshot, PersonView person, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(person);
        var monday = ShiftTimes.WeekOf(day);
        var sleepIn = snapshot.Organisation.Settings.SleepInHours;
        var matches = snapshot.Index.MatchesOf(person.Id);
        var all = snapshot.RotaIndex.ShiftsOfWeek(person.Id, monday);
        var live = all.Where(s => !s.IsCancelled).Select(s => View(snapshot, s, matches, sleepIn)).ToImmutableArray();
        var cancelled = all.Where(s => s.IsCancelled).Select(s => View(snapshot, s, matches, sleepIn)).ToImmutableArray();

        var rostered = live.Sum(s => s.Hours);
        var matched = live.Where(s => s.Stage == MatchStage.Matched).Sum(s => s.Hours);
        var open = live.Where(s => s.IsOpen).Sum(s => s.Hours);
        var rota = snapshot.RotaIndex.RotaOf(person.Id);
        var ids = all.Select(s => s.Id).ToHashSet();

        // A double booking inside this week of the team shows on both of its shifts but is one clash.
        var seen = new HashSet<(ClashKind, string, string?)>();
        var clashes = live.SelectMany(s => s.Clashes)
            .Where(c => seen.Add(c.OtherShiftId is { } other && ids.Contains(other) && string.CompareOrdinal(other, c.ShiftId) < 0
                ? (c.Kind, other, c.ShiftId)
                : (c.Kind, c.ShiftId, c.OtherShiftId)))
            .ToImmutableArray();

        return new RotaWeek(person.Id, monday, live, cancelled,
            rostered.RoundHours(), matched.RoundHours(), (rostered - matched - open).RoundHours(), open.RoundHours(),
            rostered > 0 ? matched / rostered : null,
            CoveredHours(snapshot, person, day) ?? 0,
            clashes,
            rota?.PatternInUse(),
            [.. (rota?.Swaps ?? []).Where(s => ids.Contains(s.ShiftId))]);
    }

    /// <summary>
    /// DOMAIN.md "Covered hours" where the team has a rota for the week holding <paramref name="day"/>
    /// (a live shift that week): the hours of its shifts worked by MATCHED members who are employed
    /// and available on the shift's day. Null when the team has no rota that week, so the allocated
    /// hours apply.
    /// </summary>
    public static double? CoveredHours(OrganisationSnapshot snapshot, PersonView person, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(person);
        var live = snapshot.RotaIndex.ShiftsOfWeek(person.Id, ShiftTimes.WeekOf(day)).Where(s => !s.IsCancelled).ToList();
        if (live.Count == 0)
        {
            return null;
        }

        var matches = snapshot.Index.MatchesOf(person.Id);
        var sleepIn = snapshot.Organisation.Settings.SleepInHours;
        return live
            .Where(s => s.StaffId is { } id
                && RotaTeam.StageOf(matches, id) == MatchStage.Matched
                && snapshot.StaffById.TryGetValue(id, out var colleague)
                && colleague.IsCurrentOn(s.Day)
                && colleague.IsAvailableOn(s.Day))
            .Sum(s => s.Hours(sleepIn))
            .RoundHours();
    }

    /// <summary>A colleague's live shifts from one day to another (both inclusive), in every team of the organisation, in the order they start.</summary>
    public static ImmutableArray<RotaShift> ShiftsOf(OrganisationSnapshot snapshot, string staffId, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var sleepIn = snapshot.Organisation.Settings.SleepInHours;
        return [.. snapshot.RotaIndex.LiveShiftsOf(staffId)
            .Where(s => s.Day >= from && s.Day <= to)
            .Select(s => View(snapshot, s, snapshot.Index.MatchesOf(s.PersonId), sleepIn))];
    }

    /// <summary>One shift, cancelled or not, as the organisation reads it; null when there is no such shift.</summary>
    public static RotaShift? Shift(OrganisationSnapshot snapshot, string shiftId)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return snapshot.RotaIndex.Shift(shiftId) is { } shift
            ? View(snapshot, shift, snapshot.Index.MatchesOf(shift.PersonId), snapshot.Organisation.Settings.SleepInHours)
            : null;
    }

    /// <summary>The clashes of a live shift: each other live shift of its colleague at the same time, and their availability on its day.</summary>
    public static ImmutableArray<Clash> ClashesOf(OrganisationSnapshot snapshot, Shift shift)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(shift);
        if (shift.IsCancelled || shift.StaffId is not { } staffId)
        {
            return [];
        }

        var staff = snapshot.StaffById.GetValueOrDefault(staffId);
        var name = staff?.Name ?? $"Staff member {staffId}";
        var clashes = new List<Clash>();
        for (var day = shift.Day.AddDays(-1); day <= shift.Day.AddDays(1); day = day.AddDays(1))
        {
            foreach (var other in snapshot.RotaIndex.LiveShiftsOn(staffId, day))
            {
                if (other.Id == shift.Id || !other.Overlaps(shift))
                {
                    continue;
                }

                var message = other.PersonId == shift.PersonId
                    ? $"{name} is on two overlapping shifts in the team around {PersonName(snapshot, shift.PersonId)}: {shift.Describe()} and {other.Describe()}."
                    : $"{name} is rostered in two places at once: {shift.Describe()} with {PersonName(snapshot, shift.PersonId)} and {other.Describe()} with {PersonName(snapshot, other.PersonId)}.";
                clashes.Add(new Clash(ClashKind.DoubleBooked, staffId, shift.Id, shift.Day, message) { OtherShiftId = other.Id, OtherPersonId = other.PersonId });
            }
        }

        if (staff is null)
        {
            return [.. clashes];
        }

        var with = PersonName(snapshot, shift.PersonId);
        if (!staff.IsCurrentOn(shift.Day))
        {
            var when = staff.StartedOn > shift.Day ? $"does not start until {staff.StartedOn:yyyy-MM-dd}" : $"left on {staff.LeftOn:yyyy-MM-dd}";
            clashes.Add(new Clash(ClashKind.NotAvailable, staffId, shift.Id, shift.Day, $"{name} is rostered {shift.Describe()} with {with} but {when}."));
        }
        else if (staff.AvailabilityOn(shift.Day) is { Status: not AvailabilityStatus.Available } availability)
        {
            // The note of an absence (a sickness note) is not repeated here: it is for team leaders and directors.
            var window = availability.From is { } from ? $" ({from:yyyy-MM-dd} to {(availability.Until is { } until ? until.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "further notice")})" : "";
            clashes.Add(new Clash(ClashKind.NotAvailable, staffId, shift.Id, shift.Day,
                $"{name} is rostered {shift.Describe()} with {with} but is {ShiftSwapRules.Said(availability.Status)} that day{window}.")
            {
                Status = availability.Status,
            });
        }

        // Only team members are rostered (DOMAIN.md "Rota"), but a match may end after its colleague
        // was given later shifts, or at the very moment a shift is given to them: the shift stays,
        // shown as a clash for the team leader to give to a member or leave open.
        var matches = snapshot.Index.MatchesOf(shift.PersonId);
        if (RotaTeam.StageOf(matches, staffId) is null && EndedOn(matches, staffId) is { } ended && ended <= shift.Day)
        {
            clashes.Add(new Clash(ClashKind.NotInTeam, staffId, shift.Id, shift.Day,
                $"{name} is rostered {shift.Describe()} with {with} but is no longer in the team around {with}: their match ended on {ended:yyyy-MM-dd}. Give the shift to a member of the team or leave it open."));
        }

        return [.. clashes];
    }

    // The day the colleague's latest ended match with the person ended; null when none ended.
    private static DateOnly? EndedOn(ImmutableArray<Match> matches, string staffId) =>
        matches.Where(m => m.StaffId == staffId && m.Stage == MatchStage.Ended)
            .SelectMany(m => m.History.Where(e => e.Stage == MatchStage.Ended))
            .Select(e => (DateOnly?)DateOnly.FromDateTime(e.At.UtcDateTime))
            .Max();

    private static RotaShift View(OrganisationSnapshot snapshot, Shift shift, ImmutableArray<Match> matches, double sleepIn) =>
        new(shift, shift.Hours(sleepIn).RoundHours(), shift.StaffId is { } id ? RotaTeam.StageOf(matches, id) : null, ClashesOf(snapshot, shift));

    private static string PersonName(OrganisationSnapshot snapshot, string personId) => snapshot.Index.Person(personId)?.Name ?? personId;
}
