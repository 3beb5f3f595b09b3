using SupportGrains.Grains.Matches;
using SupportGrains.Grains.Rota;
using SupportGrains.Grains.Staff;

namespace SupportGrains.Grains.Sample;

public static partial class SampleOrganisation
{
    private static readonly TimeOnly EarlyStart = new(7, 0);
    private static readonly TimeOnly EarlyEnd = new(15, 0);
    private static readonly TimeOnly LateStart = new(14, 30);
    private static readonly TimeOnly LateEnd = new(22, 30);
    private static readonly TimeOnly OutStart = new(10, 0);
    private static readonly TimeOnly OutEnd = new(16, 0);

    /// <summary>
    /// Sam's rota for this week and next: a two-week pattern of early and late shifts (with a
    /// half-hour handover) and a sleep-in every night, shared by the matched colleagues who are not
    /// away; a shadow shift on Wednesdays for the colleague at induction; a second colleague on
    /// Saturdays to go out (2:1 in the community), still open this week; and a day's leave booked
    /// afterwards by a colleague rostered that day: a clash to sort out. Only the default
    /// organisation's Sam has one; a team with fewer than three matched colleagues gets none.
    /// </summary>
    private static SampleRota? BuildRota(DateOnly today, List<SampleMatch> matches, List<SampleAvailability> availability, string organisationId)
    {
        if (organisationId != DefaultId)
        {
            return null;
        }

        var monday = ShiftTimes.WeekOf(today);
        var last = monday.AddDays(13);
        var samsTeam = matches.Where(m => m.PersonId == SamId && m.EndedReason is null).ToList();
        var matched = samsTeam.Where(m => m.Stages[^1] == MatchStage.Matched).Select(m => m.StaffId).Distinct().ToList();
        var away = availability.Where(a => a.Status != AvailabilityStatus.Available && a.From <= last && (a.Until is null || a.Until >= monday)).Select(a => a.StaffId).ToHashSet();
        var available = matched.Where(id => !away.Contains(id)).ToList();
        var colleagues = available.Count >= 3 ? available : matched;
        if (colleagues.Count < 3)
        {
            return null;
        }

        var inductee = samsTeam.FirstOrDefault(m => m.Stages[^1] == MatchStage.Induction && !away.Contains(m.StaffId))?.StaffId;
        var n = colleagues.Count;
        var templates = new List<ShiftTemplate>();
        for (var d = 0; d < 14; d++)
        {
            var week = (d / 7) + 1;
            var weekday = (Weekday)(d % 7);
            templates.Add(new ShiftTemplate(week, weekday, EarlyStart, EarlyEnd, ShiftKind.Day, colleagues[d % n]));
            templates.Add(new ShiftTemplate(week, weekday, LateStart, LateEnd, ShiftKind.Day, colleagues[(d + 1) % n]));
            templates.Add(new ShiftTemplate(week, weekday, LateEnd, EarlyStart, ShiftKind.SleepIn, colleagues[(d + 2) % n], "Sleep-in: there if Sam needs anyone in the night"));
            if (weekday == Weekday.Saturday)
            {
                templates.Add(week == 1
                    ? new ShiftTemplate(week, weekday, OutStart, OutEnd, ShiftKind.Day, null, "Football at the park: 2:1 when out, still needs a second colleague")
                    : new ShiftTemplate(week, weekday, OutStart, OutEnd, ShiftKind.Day, colleagues[(d + 2) % n], "Out in the community: 2:1"));
            }

            if (inductee is not null && weekday == Weekday.Wednesday)
            {
                templates.Add(new ShiftTemplate(week, weekday, OutStart, OutEnd, ShiftKind.Day, inductee, "Shadow shift alongside the early colleague"));
            }
        }

        // The early colleague of this Friday booked a day's leave after the rota was made.
        var friday = monday.AddDays(4);
        var leave = new SampleAvailability(colleagues[4 % n], AvailabilityStatus.OnLeave, friday, friday, "Annual leave: a family wedding");
        return new SampleRota(SamId, new NewRotaPattern(2, monday, [.. templates]), monday, 2, leave);
    }
}
