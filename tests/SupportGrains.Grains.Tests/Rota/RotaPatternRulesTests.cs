using System.Collections.Immutable;
using SupportGrains.Grains.Matches;
using SupportGrains.Grains.People;
using SupportGrains.Grains.Rota;
using SupportGrains.Grains.Staff;

namespace SupportGrains.Grains.Tests.Rota;

/// <summary>Patterns of one to eight weeks, applied to fill weeks without ever duplicating a shift.</summary>
public sealed class RotaPatternRulesTests
{
    private static readonly DateOnly Monday = RotaWorld.Monday;
    private readonly RotaWorld _world = new();
    private readonly PersonView _sam;
    private readonly StaffView _alex;
    private readonly StaffView _kim;

    public RotaPatternRulesTests()
    {
        _sam = _world.Person("sam");
        _alex = _world.Member(_sam, "alex");
        _kim = _world.Member(_sam, "kim");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(9)]
    public void A_pattern_is_one_to_eight_weeks_long(int weeks)
    {
        var refused = Assert.Throws<DomainException>(() => Set(new NewRotaPattern(weeks, Monday, [Template(1, Weekday.Monday, _alex)])));

        Assert.Equal(ErrorCode.InvalidInput, refused.Code);
        Assert.Contains($"1 to 8 weeks long, not {weeks}", refused.Message);
    }

    [Fact]
    public void A_pattern_names_only_members_of_the_team_and_its_weeks()
    {
        var outsider = _world.Staff("outsider");

        var notMember = Assert.Throws<DomainException>(() => Set(new NewRotaPattern(1, Monday, [Template(1, Weekday.Monday, outsider)])));
        var badWeek = Assert.Throws<DomainException>(() => Set(new NewRotaPattern(2, Monday, [Template(3, Weekday.Monday, _alex)])));
        var empty = Assert.Throws<DomainException>(() => Set(new NewRotaPattern(2, Monday, [])));

        Assert.Contains("Staff outsider is not in the team around Person sam", notMember.Message);
        Assert.Contains("week 3 of the pattern, which has weeks 1 to 2", badWeek.Message);
        Assert.Contains("has no shifts", empty.Message);
    }

    [Fact]
    public void An_inductee_in_a_pattern_needs_a_matched_colleague_alongside()
    {
        var jo = _world.Member(_sam, "jo", MatchStage.Induction);

        var refused = Assert.Throws<DomainException>(() => Set(new NewRotaPattern(1, Monday, [Template(1, Weekday.Monday, _alex), Template(1, Weekday.Tuesday, jo)])));
        var set = Set(new NewRotaPattern(1, Monday, [Template(1, Weekday.Monday, _alex), Template(1, Weekday.Monday, jo, "10:00", "14:00")]));

        Assert.Contains("Staff jo (at INDUCTION) is on Tuesday 08:00–16:00 with no MATCHED colleague", refused.Message);
        Assert.Equal(2, set.PatternInUse()!.Shifts.Length);
    }

    [Fact]
    public void Applying_a_two_week_pattern_fills_each_week_from_its_place_in_the_pattern()
    {
        var rota = Set(TwoWeeks(startsOn: Monday.AddDays(2)));

        var (applied, application) = RotaPatternRules.Apply(rota, Team, Monday.AddDays(3), 4, null, RotaWorld.Now);

        var byWeek = applied.Shifts.GroupBy(s => s.Week()).ToDictionary(g => g.Key, g => g.Select(s => (s.Day.DayOfWeek, s.StaffId)).ToList());
        Assert.Equal<DateOnly>([Monday, Monday.AddDays(7), Monday.AddDays(14), Monday.AddDays(21)], application.FilledWeeks);
        Assert.Equal([(DayOfWeek.Monday, _alex.Id), (DayOfWeek.Monday, null)], byWeek[Monday]);
        Assert.Equal([(DayOfWeek.Wednesday, _kim.Id)], byWeek[Monday.AddDays(7)]);
        Assert.Equal(byWeek[Monday], byWeek[Monday.AddDays(14)]);
        Assert.Equal(byWeek[Monday.AddDays(7)], byWeek[Monday.AddDays(21)]);
        Assert.All(applied.Shifts, s => Assert.Equal(1, s.PatternNumber));
        Assert.Equal(applied.Shifts.Select(s => s.Id), application.ShiftIds);
        Assert.Equal(2, Assert.Single(applied.Patterns).WeekOf(Monday.AddDays(-7)));
    }

    [Fact]
    public void Applying_again_to_the_same_or_overlapping_weeks_never_duplicates_a_shift()
    {
        var (once, _) = RotaPatternRules.Apply(Set(TwoWeeks()), Team, Monday, 2, null, RotaWorld.Now);

        var (twice, application) = RotaPatternRules.Apply(once, Team, Monday.AddDays(7), 2, null, RotaWorld.Now);

        Assert.Equal(3, once.Shifts.Length);
        Assert.Equal(3 + 2, twice.Shifts.Length);
        Assert.Equal<DateOnly>([Monday.AddDays(14)], application.FilledWeeks);
        var skipped = Assert.Single(application.SkippedWeeks);
        Assert.Equal(Monday.AddDays(7), skipped.Week);
        Assert.Equal("The week of 2026-11-30 was filled from pattern 1 already.", skipped.Reason);
        Assert.Distinct(twice.Shifts.Select(s => (s.Day, s.Start, s.StaffId)));
        Assert.Equal(2, twice.Applications.Length);
    }

    [Fact]
    public void A_shift_of_the_pattern_cancelled_since_is_not_brought_back_and_one_added_by_hand_does_not_stop_a_fill()
    {
        var (applied, _) = RotaPatternRules.Apply(Set(TwoWeeks()), Team, Monday, 1, null, RotaWorld.Now);
        var cancelled = RotaRules.CancelShift(applied, Team, applied.Shifts[0].Id, "Hospital appointment", null, RotaWorld.Now);
        var (byHand, _) = RotaRules.AddShift(cancelled, Team, RotaWorld.NewShift(Monday.AddDays(8), "18:00", "22:00", _alex), RotaWorld.Now);

        var (again, application) = RotaPatternRules.Apply(byHand, Team, Monday, 2, null, RotaWorld.Now);

        Assert.Equal<DateOnly>([Monday.AddDays(7)], application.FilledWeeks);
        Assert.Single(again.Shifts, s => s.Week() == Monday && !s.IsCancelled);
        Assert.Equal(2, again.Shifts.Count(s => s.Week() == Monday.AddDays(7)));
    }

    [Fact]
    public void Changing_one_weeks_shifts_never_changes_the_pattern()
    {
        var (applied, _) = RotaPatternRules.Apply(Set(TwoWeeks()), Team, Monday, 2, null, RotaWorld.Now);
        var pattern = applied.PatternInUse();

        var changed = RotaRules.AssignShift(applied, Team, applied.Shifts[0].Id, _kim.Id, null, RotaWorld.Now);
        var (later, _) = RotaPatternRules.Apply(changed, Team, Monday.AddDays(14), 1, null, RotaWorld.Now);

        Assert.Same(pattern, later.PatternInUse());
        Assert.Equal(_alex.Id, later.Shifts.Single(s => s.Week() == Monday.AddDays(14) && s.Day.DayOfWeek == DayOfWeek.Monday && !s.IsOpen).StaffId);
        Assert.Equal(_kim.Id, later.Shifts[0].StaffId);
    }

    [Fact]
    public void A_new_pattern_leaves_weeks_planned_from_the_old_one_until_their_shifts_are_cancelled()
    {
        var (old, _) = RotaPatternRules.Apply(Set(TwoWeeks()), Team, Monday, 1, null, RotaWorld.Now);
        var renewed = RotaPatternRules.SetPattern(old, Team, new NewRotaPattern(1, Monday, [Template(1, Weekday.Friday, _kim)]), RotaWorld.Now);

        var (kept, refusedWeek) = RotaPatternRules.Apply(renewed, Team, Monday, 1, null, RotaWorld.Now);
        var cleared = renewed.Shifts.Aggregate(renewed, (rota, s) => RotaRules.CancelShift(rota, Team, s.Id, "Re-planned", null, RotaWorld.Now));
        var (replanned, filled) = RotaPatternRules.Apply(cleared, Team, Monday, 1, null, RotaWorld.Now);

        Assert.Equal(2, renewed.Patterns.Length);
        Assert.Empty(refusedWeek.FilledWeeks);
        Assert.Contains("has shifts from pattern 1: cancel them to fill the week from pattern 2", Assert.Single(refusedWeek.SkippedWeeks).Reason);
        Assert.Equal(kept.Shifts.Length, renewed.Shifts.Length);
        Assert.Equal<DateOnly>([Monday], filled.FilledWeeks);
        Assert.Equal((DayOfWeek.Friday, _kim.Id, 2), replanned.Shifts.Where(s => !s.IsCancelled).Select(s => (s.Day.DayOfWeek, s.StaffId, s.PatternNumber!.Value)).Single());
    }

    [Fact]
    public void Applying_is_refused_with_no_pattern_or_when_a_colleague_of_it_has_left_the_team()
    {
        var none = Assert.Throws<DomainException>(() => RotaPatternRules.Apply(RotaState.Empty(_sam.Id), Team, Monday, 1, null, RotaWorld.Now));
        var rota = Set(TwoWeeks());
        var ended = Team with { Matches = [.. Team.Matches.Select(m => m.StaffId == _kim.Id ? m with { Stage = MatchStage.Ended } : m)] };

        var refused = Assert.Throws<DomainException>(() => RotaPatternRules.Apply(rota, ended, Monday, 2, null, RotaWorld.Now));
        var tooMany = Assert.Throws<DomainException>(() => RotaPatternRules.Apply(rota, Team, Monday, 53, null, RotaWorld.Now));

        Assert.Equal(ErrorCode.InvalidTransition, none.Code);
        Assert.Contains("no rota pattern yet", none.Message);
        Assert.Contains("Staff kim is not in the team around Person sam (their match is at ENDED)", refused.Message);
        Assert.Contains("Wed 2026-12-02", refused.Message);
        Assert.Equal(ErrorCode.InvalidInput, tooMany.Code);
    }

    private RotaTeam Team => _world.TeamOf(_sam);

    private RotaState Set(NewRotaPattern pattern) => RotaPatternRules.SetPattern(_world.RotaOf(_sam), Team, pattern, RotaWorld.Now);

    /// <summary>Week 1: Alex on Monday and an open evening; week 2: Kim on Wednesday.</summary>
    private NewRotaPattern TwoWeeks(DateOnly? startsOn = null) => new(2, startsOn ?? Monday,
        [Template(1, Weekday.Monday, _alex), Template(1, Weekday.Monday, null, "16:00", "22:00"), Template(2, Weekday.Wednesday, _kim)]);

    private static ShiftTemplate Template(int week, Weekday day, StaffView? staff, string start = "08:00", string end = "16:00") =>
        new(week, day, RotaWorld.Time(start), RotaWorld.Time(end), ShiftKind.Day, staff?.Id);
}
