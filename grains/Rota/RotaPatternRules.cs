using System.Collections.Immutable;
using SupportGrains.Grains.Matches;

namespace SupportGrains.Grains.Rota;

/// <summary>
/// DOMAIN.md "Rota": a pattern of one to eight weeks repeats to fill weeks, and changing one week
/// never changes the pattern. Applying a pattern fills a week only when nothing of that week was
/// made from this pattern yet (a shift of it cancelled since counts as made, so it is not brought
/// back) and no live shift of the week comes from an earlier pattern (cancel those to re-plan the
/// week from the new one). Shifts added by hand neither stop nor are touched by it. So applying
/// the same pattern again, to the same or overlapping weeks, never duplicates a shift.
/// </summary>
public static class RotaPatternRules
{
    public const int MaxWeeks = 8;
    public const int MaxShifts = 500;
    public const int MaxWeeksApplied = 52;

    public static RotaState SetPattern(RotaState rota, RotaTeam team, NewRotaPattern input, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(rota);
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(input);
        RotaRules.RequireBy(team, input.By);
        if (input.Weeks is < 1 or > MaxWeeks)
        {
            throw DomainException.InvalidInput($"A rota pattern is 1 to {MaxWeeks} weeks long, not {input.Weeks}.");
        }

        var templates = input.Shifts.IsDefault ? [] : input.Shifts;
        if (templates.Length == 0)
        {
            throw DomainException.InvalidInput($"The pattern for the team around {team.Person.Name} has no shifts: give at least one.");
        }

        if (templates.Length > MaxShifts)
        {
            throw DomainException.InvalidInput($"A rota pattern has at most {MaxShifts} shifts, not {templates.Length}.");
        }

        var startsOn = ShiftTimes.WeekOf(input.StartsOn);
        var number = rota.Patterns.Length + 1;
        var cleaned = new List<ShiftTemplate>(templates.Length);
        foreach (var template in templates)
        {
            if (template.Week < 1 || template.Week > input.Weeks)
            {
                throw DomainException.InvalidInput($"A shift on {template.Weekday} is in week {template.Week} of the pattern, which has weeks 1 to {input.Weeks}.");
            }

            var day = DayOf(startsOn, template);
            RotaRules.RequireTimes(day, template.Start, template.End);
            if (template.StaffId is { } staffId)
            {
                RequireMember(team, staffId, template);
            }

            cleaned.Add(template with { Note = RotaRules.Note(template.Note) });
        }

        // The shadow rule inside the pattern itself: its shifts laid on its first run of weeks.
        var laid = cleaned.Select((t, i) => Lay(rota.PersonId, $"template-{i}", startsOn, t, number)).ToList();
        foreach (var shift in laid.Where(s => s.StaffId is { } id && team.StageOf(id) == MatchStage.Induction))
        {
            if (!RotaRules.IsShadowed(laid, team, shift))
            {
                throw DomainException.InvalidInput(
                    $"In week {PatternWeek(startsOn, shift.Day)} of the pattern, {team.NameOf(shift.StaffId!)} (at INDUCTION) is on {shift.Day.DayOfWeek} {shift.Start:HH:mm}–{shift.End:HH:mm} "
                    + "with no MATCHED colleague on an overlapping shift: a colleague at INDUCTION works only alongside a MATCHED colleague (a shadow shift).");
            }
        }

        var pattern = new RotaPattern(rota.PersonId, number, input.Weeks, startsOn, [.. cleaned], at, input.By);
        return rota with { OrganisationId = team.Person.OrganisationId, Patterns = rota.Patterns.Add(pattern) };
    }

    /// <summary>Fills <paramref name="weeks"/> weeks from the week holding <paramref name="from"/> with the pattern in use (see the type's summary for which weeks).</summary>
    public static (RotaState Rota, PatternApplication Application) Apply(RotaState rota, RotaTeam team, DateOnly from, int weeks, string? by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(rota);
        ArgumentNullException.ThrowIfNull(team);
        RotaRules.RequireBy(team, by);
        var pattern = rota.PatternInUse()
            ?? throw DomainException.InvalidTransition($"The team around {team.Person.Name} has no rota pattern yet: set one with setRotaPattern before applying it.");
        if (weeks is < 1 or > MaxWeeksApplied)
        {
            throw DomainException.InvalidInput($"A pattern is applied to 1 to {MaxWeeksApplied} weeks at a time, not {weeks}.");
        }

        var first = ShiftTimes.WeekOf(from);
        if (first.Year is < 1900 || first.AddDays(7 * weeks).Year > 2100)
        {
            throw DomainException.InvalidInput($"A pattern is applied to weeks from 1900 to 2100, not from {from:yyyy-MM-dd} for {weeks} weeks.");
        }

        var shifts = rota.Shifts.ToBuilder();
        var filled = new List<DateOnly>();
        var skipped = new List<SkippedWeek>();
        var made = new List<Shift>();
        for (var w = 0; w < weeks; w++)
        {
            var monday = first.AddDays(7 * w);
            var ofWeek = rota.Shifts.Where(s => s.Week() == monday).ToList();
            if (ofWeek.Any(s => s.PatternNumber == pattern.Number))
            {
                skipped.Add(new SkippedWeek(monday, $"The week of {monday:yyyy-MM-dd} was filled from pattern {pattern.Number} already."));
                continue;
            }

            if (ofWeek.FirstOrDefault(s => !s.IsCancelled && s.PatternNumber is { } earlier && earlier != pattern.Number) is { } old)
            {
                skipped.Add(new SkippedWeek(monday,
                    $"The week of {monday:yyyy-MM-dd} has shifts from pattern {old.PatternNumber}: cancel them to fill the week from pattern {pattern.Number}."));
                continue;
            }

            var patternWeek = pattern.WeekOf(monday);
            foreach (var template in pattern.Shifts.Where(t => t.Week == patternWeek))
            {
                var shift = Lay(rota.PersonId, RotaIds.Shift(rota.PersonId, shifts.Count + 1), monday, template with { Week = 1 }, pattern.Number) with
                {
                    History = [new ShiftEvent(ShiftChange.Added, template.StaffId, by, at, $"From pattern {pattern.Number}, week {patternWeek}")],
                };
                RotaRules.RequireSupported(team, shift.Day, shift.Describe());
                if (shift.StaffId is { } staffId)
                {
                    RotaRules.RequireCanRoster(team, staffId, shift);
                }

                shifts.Add(shift);
                made.Add(shift);
            }

            filled.Add(monday);
        }

        var next = rota with { OrganisationId = team.Person.OrganisationId, Shifts = shifts.ToImmutable() };
        RotaRules.RequireShadowed(rota, next, team, made);
        var application = new PatternApplication(rota.PersonId, rota.Applications.Length + 1, pattern.Number, first, weeks,
            [.. filled], [.. skipped], [.. made.Select(s => s.Id)], at, by);
        return (next with { Applications = rota.Applications.Add(application) }, application);
    }

    private static void RequireMember(RotaTeam team, string staffId, ShiftTemplate template)
    {
        var staff = team.Colleague(staffId);
        if (team.StageOf(staffId) is null)
        {
            throw DomainException.InvalidInput(
                $"{staff.Name} is not in the team around {team.Person.Name}: only colleagues whose match is at INDUCTION or MATCHED can be in the pattern (week {template.Week}, {template.Weekday} {template.Start:HH:mm}–{template.End:HH:mm}).");
        }
    }

    private static DateOnly DayOf(DateOnly firstMonday, ShiftTemplate template) => firstMonday.AddDays((7 * (template.Week - 1)) + (int)template.Weekday);

    private static int PatternWeek(DateOnly firstMonday, DateOnly day) => ((day.DayNumber - firstMonday.DayNumber) / 7) + 1;

    private static Shift Lay(string personId, string id, DateOnly firstMonday, ShiftTemplate template, int patternNumber) =>
        new(id, personId, DayOf(firstMonday, template), template.Start, template.End, template.Kind, template.StaffId, template.Note, [])
        {
            PatternNumber = patternNumber,
        };
}
