using SupportGrains.Grains.Rota;

namespace SupportGrains.Grains.Tests.Rota;

/// <summary>When a shift runs, which week it belongs to, and the hours it counts.</summary>
public sealed class ShiftTimesTests
{
    private static readonly DateOnly Monday = RotaWorld.Monday;

    [Theory]
    [InlineData("08:00", "16:00", 8, false)]
    [InlineData("22:00", "07:00", 9, true)]
    [InlineData("14:30", "00:00", 9.5, true)]
    [InlineData("07:00", "07:30", 0.5, false)]
    public void A_shift_ending_at_or_before_its_start_ends_the_next_day(string start, string end, double hours, bool nextDay)
    {
        var shift = Shift(Monday, start, end, ShiftKind.Day);

        Assert.Equal(hours, shift.Hours(sleepInHours: 0));
        Assert.Equal(nextDay, ShiftTimes.EndsNextDay(shift.Start, shift.End));
        Assert.Equal((nextDay ? Monday.AddDays(1) : Monday).ToDateTime(shift.End), shift.EndsAt());
    }

    [Fact]
    public void A_sleep_in_counts_at_the_organisations_sleep_in_hours_whatever_its_length()
    {
        var sleepIn = Shift(Monday, "22:00", "08:00", ShiftKind.SleepIn);
        var wakingNight = Shift(Monday, "22:00", "08:00", ShiftKind.WakingNight);

        Assert.Equal(0, sleepIn.Hours(sleepInHours: 0));
        Assert.Equal(4, sleepIn.Hours(sleepInHours: 4));
        Assert.Equal(10, wakingNight.Hours(sleepInHours: 4));
    }

    [Fact]
    public void Weeks_start_on_monday_and_a_shift_belongs_to_the_week_of_the_day_it_starts()
    {
        var sundayNight = Shift(Monday.AddDays(6), "22:00", "07:00", ShiftKind.WakingNight);

        Assert.Equal(Monday, ShiftTimes.WeekOf(Monday));
        Assert.Equal(Monday, ShiftTimes.WeekOf(Monday.AddDays(6)));
        Assert.Equal(Monday.AddDays(7), ShiftTimes.WeekOf(Monday.AddDays(7)));
        Assert.Equal(Monday, sundayNight.Week());
        Assert.Equal(Weekday.Sunday, ShiftTimes.WeekdayOf(sundayNight.Day));
    }

    [Fact]
    public void Shifts_that_only_meet_do_not_overlap_but_a_night_running_into_the_morning_does()
    {
        var late = Shift(Monday, "14:00", "22:00", ShiftKind.Day);
        var night = Shift(Monday, "22:00", "07:00", ShiftKind.WakingNight);
        var early = Shift(Monday.AddDays(1), "06:00", "14:00", ShiftKind.Day);

        Assert.False(late.Overlaps(night));
        Assert.True(night.Overlaps(early));
        Assert.True(early.Overlaps(night));
        Assert.False(late.Overlaps(early));
    }

    [Fact]
    public void A_shift_reads_with_its_day_and_times()
    {
        Assert.Equal("Mon 2026-11-23 22:00–07:00 (next day)", Shift(Monday, "22:00", "07:00", ShiftKind.WakingNight).Describe());
        Assert.Equal("Tue 2026-11-24 08:00–16:00", Shift(Monday.AddDays(1), "08:00", "16:00", ShiftKind.Day).Describe());
    }

    private static Shift Shift(DateOnly day, string start, string end, ShiftKind kind) =>
        new("sh1-p1", "p1", day, RotaWorld.Time(start), RotaWorld.Time(end), kind, null, null, []);
}
