using SupportGrains.Grains.Matches;
using SupportGrains.Grains.Organisations;
using SupportGrains.Grains.Rota;
using SupportGrains.Grains.Staff;

namespace SupportGrains.Grains.Tests.Rota;

/// <summary>What a team's week adds up to: hours by whom, continuity, open shifts, and clashes.</summary>
public sealed class RotaWeekRulesTests
{
    private static readonly DateOnly Monday = RotaWorld.Monday;

    [Fact]
    public void Rostered_hours_split_into_matched_other_and_open_and_continuity_is_matched_over_rostered()
    {
        var world = new RotaWorld(new OrganisationSettings { SleepInHours = 3 });
        var sam = world.Person("sam");
        var alex = world.Member(sam, "alex");
        var jo = world.Member(sam, "jo", MatchStage.Induction);
        world.Shift(sam, Monday, "08:00", "16:00", alex);
        world.Shift(sam, Monday, "09:00", "13:00", jo);
        world.Shift(sam, Monday, "22:00", "08:00", alex, ShiftKind.SleepIn);
        world.Shift(sam, Monday.AddDays(1), "14:00", "22:00");
        world.Shift(sam, Monday.AddDays(7), "08:00", "16:00", alex);

        var week = RotaWeekRules.Week(world.Snapshot(), sam, Monday.AddDays(3));

        Assert.Equal(Monday, week.Week);
        Assert.Equal(Monday.AddDays(6), week.EndsOn);
        Assert.Equal(4, week.Shifts.Length);
        Assert.Equal(8 + 4 + 3 + 8, week.RosteredHours);
        Assert.Equal(8 + 3, week.MatchedHours);
        Assert.Equal(4, week.OtherHours);
        Assert.Equal(8, week.OpenHours);
        Assert.Equal(11.0 / 23, week.Continuity!.Value, 6);
        Assert.Equal([3.0], week.Shifts.Where(s => s.Kind == ShiftKind.SleepIn).Select(s => s.Hours));
        Assert.Equal([MatchStage.Matched, MatchStage.Induction, MatchStage.Matched, null], week.Shifts.Select(s => s.Stage));
    }

    [Fact]
    public void Continuity_is_null_when_no_hours_are_rostered()
    {
        var world = new RotaWorld();
        var sam = world.Person("sam");
        var alex = world.Member(sam, "alex");
        var empty = RotaWeekRules.Week(world.Snapshot(), sam, Monday);
        world.Shift(sam, Monday, "22:00", "08:00", alex, ShiftKind.SleepIn);

        var sleepInsOnly = RotaWeekRules.Week(world.Snapshot(), sam, Monday);

        Assert.Null(empty.Continuity);
        Assert.Equal(0, empty.RosteredHours);
        Assert.Single(sleepInsOnly.Shifts);
        Assert.Equal(0, sleepInsOnly.RosteredHours);
        Assert.Null(sleepInsOnly.Continuity);
    }

    [Fact]
    public void Open_shifts_are_listed_and_lower_continuity()
    {
        var world = new RotaWorld();
        var sam = world.Person("sam");
        var alex = world.Member(sam, "alex");
        world.Shift(sam, Monday, "08:00", "14:00", alex);
        var open = world.Shift(sam, Monday, "14:00", "20:00");

        var week = RotaWeekRules.Week(world.Snapshot(), sam, Monday);

        Assert.Equal(open.Id, Assert.Single(week.OpenShifts).Id);
        Assert.True(week.OpenShifts[0].IsOpen);
        Assert.Equal(6, week.OpenHours);
        Assert.Equal(0.5, week.Continuity);
    }

    [Fact]
    public void A_colleague_on_two_overlapping_shifts_of_the_team_is_one_clash_shown_on_both()
    {
        var world = new RotaWorld();
        var sam = world.Person("sam");
        var alex = world.Member(sam, "alex");
        var first = world.Shift(sam, Monday, "08:00", "16:00", alex);
        var second = world.Shift(sam, Monday, "14:00", "22:00", alex);
        world.Shift(sam, Monday, "22:00", "07:00", alex, ShiftKind.WakingNight);

        var week = RotaWeekRules.Week(world.Snapshot(), sam, Monday);

        var clash = Assert.Single(week.Clashes);
        Assert.Equal(ClashKind.DoubleBooked, clash.Kind);
        Assert.Equal(alex.Id, clash.StaffId);
        Assert.Equal(new[] { first.Id, second.Id }.Order(), new[] { clash.ShiftId, clash.OtherShiftId! }.Order());
        Assert.Contains("Staff alex is on two overlapping shifts in the team around Person sam", clash.Message);
        Assert.Contains("Mon 2026-11-23 08:00–16:00", clash.Message);
        Assert.Single(week.Shifts.Single(s => s.Id == first.Id).Clashes);
        Assert.Single(week.Shifts.Single(s => s.Id == second.Id).Clashes);
        Assert.Empty(week.Shifts.Single(s => s.Kind == ShiftKind.WakingNight).Clashes);
    }

    [Fact]
    public void A_colleague_rostered_in_another_persons_team_at_the_same_time_clashes_in_both_teams()
    {
        var world = new RotaWorld();
        var sam = world.Person("sam");
        var kai = world.Person("kai");
        var alex = world.Member(sam, "alex");
        world.World.Match(kai, alex, MatchStage.Matched);
        var withSam = world.Shift(sam, Monday.AddDays(6), "22:00", "07:00", alex, ShiftKind.WakingNight);
        var withKai = world.Shift(kai, Monday.AddDays(7), "06:00", "14:00", alex);
        var snapshot = world.Snapshot();

        var samsWeek = RotaWeekRules.Week(snapshot, sam, Monday);
        var kaisWeek = RotaWeekRules.Week(snapshot, kai, Monday.AddDays(7));

        var seenBySam = Assert.Single(samsWeek.Clashes);
        var seenByKai = Assert.Single(kaisWeek.Clashes);
        Assert.Equal((withSam.Id, withKai.Id, kai.Id), (seenBySam.ShiftId, seenBySam.OtherShiftId, seenBySam.OtherPersonId));
        Assert.Equal((withKai.Id, withSam.Id, sam.Id), (seenByKai.ShiftId, seenByKai.OtherShiftId, seenByKai.OtherPersonId));
        Assert.Equal("Staff alex is rostered in two places at once: Sun 2026-11-29 22:00–07:00 (next day) with Person sam and Mon 2026-11-30 06:00–14:00 with Person kai.", seenBySam.Message);
    }

    [Theory]
    [InlineData(AvailabilityStatus.OnLeave, "on leave")]
    [InlineData(AvailabilityStatus.OffSick, "off sick")]
    [InlineData(AvailabilityStatus.Unavailable, "unavailable")]
    public void A_colleague_rostered_on_a_day_they_cannot_work_clashes(AvailabilityStatus status, string said)
    {
        var world = new RotaWorld();
        var sam = world.Person("sam");
        var alex = world.Member(sam, "alex", availability: RotaWorld.Away(status, Monday.AddDays(2), Monday.AddDays(3)));
        world.Shift(sam, Monday.AddDays(1), "08:00", "16:00", alex);
        var away = world.Shift(sam, Monday.AddDays(2), "08:00", "16:00", alex);

        var week = RotaWeekRules.Week(world.Snapshot(), sam, Monday);

        var clash = Assert.Single(week.Clashes);
        Assert.Equal((ClashKind.NotAvailable, away.Id, status), (clash.Kind, clash.ShiftId, clash.Status));
        Assert.Equal($"Staff alex is rostered Wed 2026-11-25 08:00–16:00 with Person sam but is {said} that day (2026-11-25 to 2026-11-26).", clash.Message);
        Assert.DoesNotContain("Booked", clash.Message);
    }

    [Fact]
    public void The_latest_recorded_availability_decides_the_day_of_a_shift()
    {
        var world = new RotaWorld();
        var sam = world.Person("sam");
        var alex = world.Member(sam, "alex", availability:
        [
            new AvailabilityChange(AvailabilityStatus.OnLeave, Monday, Monday.AddDays(6), null, RotaWorld.Now),
            new AvailabilityChange(AvailabilityStatus.Available, Monday.AddDays(3), Monday.AddDays(3), "Came back for a day", RotaWorld.Now.AddHours(1)),
        ]);
        world.Shift(sam, Monday.AddDays(3), "08:00", "16:00", alex);
        world.Shift(sam, Monday.AddDays(4), "08:00", "16:00", alex);

        var week = RotaWeekRules.Week(world.Snapshot(), sam, Monday);

        Assert.Equal([Monday.AddDays(4)], week.Clashes.Select(c => c.Day));
    }

    [Fact]
    public void A_colleague_rostered_before_they_left_clashes_on_the_days_after()
    {
        var world = new RotaWorld();
        var sam = world.Person("sam");
        var alex = world.Staff("alex", leftOn: Monday.AddDays(1));
        world.World.Match(sam, alex, MatchStage.Matched);
        var shift = new Shift("sh1-sam", sam.Id, Monday.AddDays(2), RotaWorld.Time("08:00"), RotaWorld.Time("16:00"), ShiftKind.Day, alex.Id, null, []);
        world.Keep(RotaState.Empty(sam.Id) with { Shifts = [shift] });

        var clash = Assert.Single(RotaWeekRules.Week(world.Snapshot(), sam, Monday).Clashes);

        Assert.Equal(ClashKind.NotAvailable, clash.Kind);
        Assert.Null(clash.Status);
        Assert.Contains("left on 2026-11-24", clash.Message);
    }

    [Fact]
    public void A_cancelled_shift_counts_nothing_clashes_with_nothing_and_is_listed_apart()
    {
        var world = new RotaWorld();
        var sam = world.Person("sam");
        var alex = world.Member(sam, "alex");
        world.Shift(sam, Monday, "08:00", "16:00", alex);
        var cancelled = world.Shift(sam, Monday, "12:00", "20:00", alex);
        world.Keep(RotaRules.CancelShift(world.RotaOf(sam), world.TeamOf(sam), cancelled.Id, "Sam is away with family", alex.Id, RotaWorld.Now));

        var week = RotaWeekRules.Week(world.Snapshot(), sam, Monday);

        Assert.Single(week.Shifts);
        Assert.Equal(cancelled.Id, Assert.Single(week.CancelledShifts).Id);
        Assert.Equal(8, week.RosteredHours);
        Assert.Empty(week.Clashes);
        Assert.Equal((alex.Id, "Sam is away with family"), (week.CancelledShifts[0].Cancelled!.By, week.CancelledShifts[0].Cancelled!.Reason));
    }
}
