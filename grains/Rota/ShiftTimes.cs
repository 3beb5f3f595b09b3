using System.Globalization;

namespace SupportGrains.Grains.Rota;

/// <summary>
/// When a shift runs and what it counts. A shift belongs to the day (and so the week) it starts on;
/// one whose end is at or before its start ends on the next day. A SLEEP_IN counts at the
/// organisation's sleep-in hours, whatever its length (DOMAIN.md "Rota").
/// </summary>
public static class ShiftTimes
{
    public static bool EndsNextDay(TimeOnly start, TimeOnly end) => end <= start;

    public static DateTime StartsAt(this Shift shift)
    {
        ArgumentNullException.ThrowIfNull(shift);
        return shift.Day.ToDateTime(shift.Start);
    }

    public static DateTime EndsAt(this Shift shift)
    {
        ArgumentNullException.ThrowIfNull(shift);
        return (EndsNextDay(shift.Start, shift.End) ? shift.Day.AddDays(1) : shift.Day).ToDateTime(shift.End);
    }

    /// <summary>Whether two shifts run at the same time for some part of them (one ending as the other starts does not).</summary>
    public static bool Overlaps(this Shift shift, Shift other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return shift.StartsAt() < other.EndsAt() && other.StartsAt() < shift.EndsAt();
    }

    /// <summary>How long the shift runs, in hours.</summary>
    public static double Length(TimeOnly start, TimeOnly end) => EndsNextDay(start, end) ? 24 - (start - end).TotalHours : (end - start).TotalHours;

    /// <summary>The hours the shift counts toward rostered hours: its length, or the sleep-in hours for a SLEEP_IN.</summary>
    public static double Hours(this Shift shift, double sleepInHours)
    {
        ArgumentNullException.ThrowIfNull(shift);
        return shift.Kind == ShiftKind.SleepIn ? sleepInHours : Length(shift.Start, shift.End);
    }

    /// <summary>The Monday of the week a day is in: a rota week runs Monday to Sunday and is named by its Monday.</summary>
    public static DateOnly WeekOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    public static DateOnly Week(this Shift shift)
    {
        ArgumentNullException.ThrowIfNull(shift);
        return WeekOf(shift.Day);
    }

    /// <summary>The day of the week, Monday first.</summary>
    public static Weekday WeekdayOf(DateOnly day) => (Weekday)((((int)day.DayOfWeek) + 6) % 7);

    /// <summary>As a team leader reads a shift: "Tue 2026-11-24 22:00–07:00 (next day)".</summary>
    public static string Describe(DateOnly day, TimeOnly start, TimeOnly end) =>
        string.Create(CultureInfo.InvariantCulture, $"{day:ddd yyyy-MM-dd} {start:HH:mm}–{end:HH:mm}{(EndsNextDay(start, end) ? " (next day)" : "")}");

    public static string Describe(this Shift shift)
    {
        ArgumentNullException.ThrowIfNull(shift);
        return Describe(shift.Day, shift.Start, shift.End);
    }
}
