using SupportGrains.Grains.Matches;
using SupportGrains.Grains.Rota;

namespace SupportGrains.Grains.Tests.Rota;

/// <summary>Who can be rostered, the shadow-shift rule, and what assigning, opening and cancelling keep.</summary>
public sealed class RotaRulesTests
{
    private static readonly DateOnly Monday = RotaWorld.Monday;

    [Theory]
    [InlineData(MatchStage.Offered, "their match is at OFFERED")]
    [InlineData(MatchStage.PersonInterview, "their match is at PERSON_INTERVIEW")]
    [InlineData(MatchStage.Ended, "their match is at ENDED")]
    public void Only_members_of_the_persons_team_can_be_rostered(MatchStage stage, string why)
    {
        var world = new RotaWorld();
        var sam = world.Person("sam");
        var alex = world.Staff("alex");
        world.World.Match(sam, alex, stage);

        var refused = Assert.Throws<DomainException>(() => world.Shift(sam, Monday, "08:00", "16:00", alex));

        Assert.Equal(ErrorCode.InvalidInput, refused.Code);
        Assert.Equal($"Staff alex is not in the team around Person sam ({why}): only colleagues whose match is at INDUCTION or MATCHED can be rostered, so Mon 2026-11-23 08:00–16:00 cannot be theirs.", refused.Message);
        Assert.True(world.RotaOf(sam).IsEmpty);
    }

    [Fact]
    public void A_colleague_with_no_match_or_unknown_to_the_organisation_cannot_be_rostered()
    {
        var world = new RotaWorld();
        var sam = world.Person("sam");
        var kai = world.Person("kai");
        var alex = world.Member(kai, "alex");

        var notInTeam = Assert.Throws<DomainException>(() => world.Shift(sam, Monday, "08:00", "16:00", alex));
        var unknown = Assert.Throws<DomainException>(() =>
            RotaRules.AddShift(RotaState.Empty(sam.Id), world.TeamOf(sam), new NewShift(Monday, RotaWorld.Time("08:00"), RotaWorld.Time("16:00"), ShiftKind.Day, "nobody"), RotaWorld.Now));

        Assert.Contains("Staff alex has no match with Person sam", notInTeam.Message);
        Assert.Equal(ErrorCode.NotFound, unknown.Code);
        Assert.Contains("nobody", unknown.Message);
    }

    [Fact]
    public void A_colleague_is_not_rostered_on_a_day_after_they_left()
    {
        var world = new RotaWorld();
        var sam = world.Person("sam");
        var alex = world.Staff("alex", leftOn: Monday.AddDays(2));
        world.World.Match(sam, alex, MatchStage.Matched);
        world.Shift(sam, Monday.AddDays(1), "08:00", "16:00", alex);

        var refused = Assert.Throws<DomainException>(() => world.Shift(sam, Monday.AddDays(2), "08:00", "16:00", alex));

        Assert.Equal("Staff alex left on 2026-11-25, so cannot be rostered on Wed 2026-11-25 08:00–16:00.", refused.Message);
    }

    [Fact]
    public void A_colleague_at_induction_is_rostered_only_alongside_a_matched_colleague_on_an_overlapping_shift()
    {
        var world = new RotaWorld();
        var sam = world.Person("sam");
        var alex = world.Member(sam, "alex");
        var jo = world.Member(sam, "jo", MatchStage.Induction);
        var ben = world.Member(sam, "ben", MatchStage.Induction);
        world.Shift(sam, Monday, "08:00", "12:00", alex);
        world.Shift(sam, Monday, "11:00", "16:00", ben);

        var alone = Assert.Throws<DomainException>(() => world.Shift(sam, Monday, "12:00", "18:00", jo));
        var shadow = world.Shift(sam, Monday, "10:00", "18:00", jo);

        Assert.Equal(ErrorCode.InvalidInput, alone.Code);
        Assert.Contains("Staff jo is at INDUCTION in the team around Person sam", alone.Message);
        Assert.Contains("no MATCHED colleague is on a shift overlapping Mon 2026-11-23 12:00–18:00", alone.Message);
        Assert.Equal(jo.Id, shadow.StaffId);
    }

    [Fact]
    public void Taking_the_matched_colleague_away_from_an_inductee_is_refused_whichever_way()
    {
        var world = new RotaWorld();
        var sam = world.Person("sam");
        var alex = world.Member(sam, "alex");
        var kim = world.Member(sam, "kim");
        var jo = world.Member(sam, "jo", MatchStage.Induction);
        var beside = world.Shift(sam, Monday, "08:00", "16:00", alex);
        world.Shift(sam, Monday, "09:00", "15:00", jo);
        var rota = world.RotaOf(sam);
        var team = world.TeamOf(sam);

        var cancel = Assert.Throws<DomainException>(() => RotaRules.CancelShift(rota, team, beside.Id, null, null, RotaWorld.Now));
        var open = Assert.Throws<DomainException>(() => RotaRules.AssignShift(rota, team, beside.Id, null, null, RotaWorld.Now));
        var toInductee = Assert.Throws<DomainException>(() => RotaRules.AssignShift(rota, team, beside.Id, jo.Id, null, RotaWorld.Now));
        var toMatched = RotaRules.AssignShift(rota, team, beside.Id, kim.Id, null, RotaWorld.Now);

        Assert.Equal(ErrorCode.InvalidTransition, cancel.Code);
        Assert.Contains("That would leave Staff jo (at INDUCTION) on Mon 2026-11-23 09:00–15:00", cancel.Message);
        Assert.Equal(ErrorCode.InvalidTransition, open.Code);
        Assert.Equal(ErrorCode.InvalidInput, toInductee.Code);
        Assert.Equal(kim.Id, toMatched.ShiftById(beside.Id)!.StaffId);
    }

    [Fact]
    public void An_inductee_left_alone_by_an_ended_match_does_not_block_other_changes()
    {
        var world = new RotaWorld();
        var sam = world.Person("sam");
        var alex = world.Member(sam, "alex");
        var jo = world.Member(sam, "jo", MatchStage.Induction);
        world.Shift(sam, Monday, "08:00", "16:00", alex);
        world.Shift(sam, Monday, "09:00", "15:00", jo);
        var rota = world.RotaOf(sam);
        var team = world.TeamOf(sam);
        var ended = team with { Matches = [.. team.Matches.Select(m => m.StaffId == alex.Id ? m with { Stage = MatchStage.Ended } : m)] };

        var (next, open) = RotaRules.AddShift(rota, ended, RotaWorld.NewShift(Monday, "16:00", "22:00"), RotaWorld.Now);

        Assert.True(open.IsOpen);
        Assert.Equal(3, next.Shifts.Length);
    }

    [Fact]
    public void Assigning_opening_and_cancelling_keep_every_step_and_a_cancelled_shift_stays()
    {
        var world = new RotaWorld();
        var sam = world.Person("sam");
        var alex = world.Member(sam, "alex");
        var kim = world.Member(sam, "kim");
        var leader = world.Staff("leader");
        var shift = world.Shift(sam, Monday, "08:00", "16:00", alex);
        var team = world.TeamOf(sam);
        var at = RotaWorld.Now;

        var opened = RotaRules.AssignShift(world.RotaOf(sam), team, shift.Id, null, leader.Id, at);
        var assigned = RotaRules.AssignShift(opened, team, shift.Id, kim.Id, leader.Id, at.AddHours(1));
        var same = RotaRules.AssignShift(assigned, team, shift.Id, kim.Id, leader.Id, at.AddHours(2));
        var cancelled = RotaRules.CancelShift(assigned, team, shift.Id, "Sam is visiting family", leader.Id, at.AddHours(3));
        var again = Assert.Throws<DomainException>(() => RotaRules.CancelShift(cancelled, team, shift.Id, null, null, at));
        var reassign = Assert.Throws<DomainException>(() => RotaRules.AssignShift(cancelled, team, shift.Id, alex.Id, null, at));

        var kept = cancelled.ShiftById(shift.Id)!;
        Assert.Equal([ShiftChange.Added, ShiftChange.Opened, ShiftChange.Assigned, ShiftChange.Cancelled], kept.History.Select(e => e.What));
        Assert.Equal<string?>([alex.Id, null, kim.Id, kim.Id], kept.History.Select(e => e.StaffId));
        Assert.Same(assigned, same);
        Assert.Equal(new ShiftCancellation(leader.Id, at.AddHours(3), "Sam is visiting family"), kept.Cancellation);
        Assert.Single(cancelled.Shifts);
        Assert.Equal(ErrorCode.InvalidTransition, again.Code);
        Assert.Contains(shift.Id, again.Message);
        Assert.Equal(ErrorCode.InvalidTransition, reassign.Code);
    }

    [Fact]
    public void A_shift_that_ends_when_it_starts_or_after_support_ended_is_refused()
    {
        var world = new RotaWorld();
        var sam = world.World.Person("sam", endedOn: Monday.AddDays(3));
        var alex = world.Member(sam, "alex");

        var noLength = Assert.Throws<DomainException>(() => world.Shift(sam, Monday, "08:00", "08:00", alex));
        var afterSupport = Assert.Throws<DomainException>(() => world.Shift(sam, Monday.AddDays(3), "08:00", "16:00", alex));
        var unknownBy = Assert.Throws<DomainException>(() =>
            RotaRules.AddShift(RotaState.Empty(sam.Id), world.TeamOf(sam), RotaWorld.NewShift(Monday, "08:00", "16:00") with { By = "nobody" }, RotaWorld.Now));

        Assert.Equal(ErrorCode.InvalidInput, noLength.Code);
        Assert.Contains("starts and ends at 08:00", noLength.Message);
        Assert.Contains("Support for Person sam ended on 2026-11-26", afterSupport.Message);
        Assert.Equal(ErrorCode.NotFound, unknownBy.Code);
    }

    [Fact]
    public void Shift_ids_are_numbered_in_the_rota_and_lead_back_to_the_person()
    {
        var world = new RotaWorld();
        var sam = world.Person("p-sam");
        var first = world.Shift(sam, Monday, "08:00", "16:00");
        var second = world.Shift(sam, Monday, "16:00", "22:00");

        Assert.Equal(("sh1-p-sam", "sh2-p-sam"), (first.Id, second.Id));
        Assert.Equal("p-sam", RotaIds.PersonOf(second.Id));
        Assert.Equal("p-sam", RotaIds.PersonOf(RotaIds.Swap("p-sam", 3)));
        Assert.Null(RotaIds.PersonOf("m1-p-sam"));
        Assert.Null(RotaIds.PersonOf("shx-p-sam"));
    }
}
