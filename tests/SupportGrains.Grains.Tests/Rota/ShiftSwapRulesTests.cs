using SupportGrains.Grains.Matches;
using SupportGrains.Grains.People;
using SupportGrains.Grains.Rota;
using SupportGrains.Grains.Staff;

namespace SupportGrains.Grains.Tests.Rota;

/// <summary>A swap is proposed by the colleague on a shift and taken by another team member who can work it; proposals and outcomes are kept.</summary>
public sealed class ShiftSwapRulesTests
{
    private static readonly DateOnly Today = World.Today;
    private static readonly DateOnly Thursday = RotaWorld.Monday.AddDays(3);
    private readonly RotaWorld _world = new();
    private readonly PersonView _sam;
    private readonly StaffView _alex;
    private readonly StaffView _kim;
    private readonly StaffView _lee;
    private readonly Shift _shift;

    public ShiftSwapRulesTests()
    {
        _sam = _world.Person("sam");
        _alex = _world.Member(_sam, "alex");
        _kim = _world.Member(_sam, "kim");
        _lee = _world.Member(_sam, "lee", availability: RotaWorld.Away(AvailabilityStatus.OnLeave, Thursday, Thursday));
        _shift = _world.Shift(_sam, Thursday, "08:00", "16:00", _alex);
    }

    private RotaTeam Team => _world.TeamOf(_sam);

    private RotaState Rota => _world.RotaOf(_sam);

    [Fact]
    public void A_swap_is_taken_by_another_member_and_the_shift_moves_to_them_with_the_proposal_kept()
    {
        var (proposed, swap) = Propose(_alex);

        var accepted = ShiftSwapRules.Accept(proposed, Team, swap.Id, _kim.Id, Today, RotaWorld.Now.AddHours(2));

        var shift = accepted.ShiftById(_shift.Id)!;
        var kept = accepted.SwapById(swap.Id)!;
        Assert.Equal(_kim.Id, shift.StaffId);
        Assert.Equal(ShiftChange.Swapped, shift.History[^1].What);
        Assert.Equal((SwapStatus.Accepted, _kim.Id, RotaWorld.Now.AddHours(2)), (kept.Status, kept.DecidedBy, kept.DecidedAt));
        Assert.Equal("Staff kim took the shift from Staff alex.", kept.Outcome);
        Assert.Equal((SwapStatus.Proposed, _alex.Id), (swap.Status, swap.ProposedBy));
    }

    [Fact]
    public void Only_the_colleague_on_a_shift_proposes_swapping_it_and_only_once_at_a_time()
    {
        var notTheirs = Assert.Throws<DomainException>(() => Propose(_kim));
        var (proposed, first) = Propose(_alex);
        var twice = Assert.Throws<DomainException>(() => ShiftSwapRules.Propose(proposed, Team, _shift.Id, _alex.Id, null, null, Today, RotaWorld.Now));

        Assert.Equal(ErrorCode.InvalidInput, notTheirs.Code);
        Assert.Equal("Staff kim is not on shift sh1-sam (Thu 2026-11-26 08:00–16:00), so cannot propose swapping it: it is Staff alex's.", notTheirs.Message);
        Assert.Equal(ErrorCode.InvalidTransition, twice.Code);
        Assert.Contains(first.Id, twice.Message);
    }

    [Fact]
    public void Whoever_proposed_a_swap_cannot_take_it_themselves()
    {
        var (proposed, swap) = Propose(_alex);

        var refused = Assert.Throws<DomainException>(() => ShiftSwapRules.Accept(proposed, Team, swap.Id, _alex.Id, Today, RotaWorld.Now));

        Assert.Equal(ErrorCode.InvalidInput, refused.Code);
        Assert.Contains("proposed swap sw1-sam", refused.Message);
    }

    [Theory]
    [InlineData(AvailabilityStatus.OnLeave, "on leave")]
    [InlineData(AvailabilityStatus.OffSick, "off sick")]
    public void A_colleague_who_is_away_that_day_cannot_take_the_shift(AvailabilityStatus status, string said)
    {
        var away = _world.Member(_sam, "away", availability: RotaWorld.Away(status, Thursday));
        var (proposed, swap) = Propose(_alex);

        var refused = Assert.Throws<DomainException>(() => ShiftSwapRules.Accept(proposed, Team, swap.Id, away.Id, Today, RotaWorld.Now));
        var alsoLee = Assert.Throws<DomainException>(() => ShiftSwapRules.Accept(proposed, Team, swap.Id, _lee.Id, Today, RotaWorld.Now));

        Assert.Equal($"Staff away is {said} on Thu 2026-11-26, so cannot take shift sh1-sam (Thu 2026-11-26 08:00–16:00).", refused.Message);
        Assert.Contains("on leave", alsoLee.Message);
    }

    [Fact]
    public void A_colleague_outside_the_team_cannot_take_the_shift()
    {
        var candidate = _world.Staff("candidate");
        _world.World.Match(_sam, candidate, MatchStage.Offered);
        var (proposed, swap) = Propose(_alex);

        var refused = Assert.Throws<DomainException>(() => ShiftSwapRules.Accept(proposed, Team, swap.Id, candidate.Id, Today, RotaWorld.Now));

        Assert.Contains("Staff candidate is not in the team around Person sam (their match is at OFFERED)", refused.Message);
    }

    [Fact]
    public void A_swap_offered_to_a_named_colleague_is_theirs_alone_to_take()
    {
        var (proposed, swap) = ShiftSwapRules.Propose(Rota, Team, _shift.Id, _alex.Id, _kim.Id, "Dentist", Today, RotaWorld.Now);
        var third = _world.Member(_sam, "third");

        var refused = Assert.Throws<DomainException>(() => ShiftSwapRules.Accept(proposed, Team, swap.Id, third.Id, Today, RotaWorld.Now));
        var taken = ShiftSwapRules.Accept(proposed, Team, swap.Id, _kim.Id, Today, RotaWorld.Now);

        Assert.Contains("was offered to Staff kim, so only they can accept it", refused.Message);
        Assert.Equal(_kim.Id, taken.ShiftById(_shift.Id)!.StaffId);
        Assert.Equal("Dentist", swap.Note);
    }

    [Fact]
    public void A_colleague_already_on_an_overlapping_shift_of_the_team_cannot_take_it()
    {
        var busy = _world.Shift(_sam, Thursday, "12:00", "20:00", _kim);
        var (proposed, swap) = Propose(_alex);

        var refused = Assert.Throws<DomainException>(() => ShiftSwapRules.Accept(proposed, Team, swap.Id, _kim.Id, Today, RotaWorld.Now));

        Assert.Contains($"Staff kim is already on Thu 2026-11-26 12:00–20:00 ({busy.Id}), which overlaps", refused.Message);
    }

    [Fact]
    public void A_colleague_at_induction_takes_a_shift_only_alongside_a_matched_colleague()
    {
        var jo = _world.Member(_sam, "jo", MatchStage.Induction);
        var (proposed, swap) = Propose(_alex);

        var alone = Assert.Throws<DomainException>(() => ShiftSwapRules.Accept(proposed, Team, swap.Id, jo.Id, Today, RotaWorld.Now));
        var (withKim, _) = RotaRules.AddShift(proposed, Team, RotaWorld.NewShift(Thursday, "07:00", "15:00", _kim), RotaWorld.Now);
        var shadowed = ShiftSwapRules.Accept(withKim, Team, swap.Id, jo.Id, Today, RotaWorld.Now);

        Assert.Contains("Staff jo is at INDUCTION", alone.Message);
        Assert.Equal(jo.Id, shadowed.ShiftById(_shift.Id)!.StaffId);
    }

    [Fact]
    public void A_swap_lapses_when_the_shift_is_reassigned_and_a_decided_swap_is_decided_for_good()
    {
        var (proposed, swap) = Propose(_alex);
        var reassigned = RotaRules.AssignShift(proposed, Team, _shift.Id, _kim.Id, null, RotaWorld.Now);

        var late = Assert.Throws<DomainException>(() => ShiftSwapRules.Accept(reassigned, Team, swap.Id, _kim.Id, Today, RotaWorld.Now));

        var lapsed = reassigned.SwapById(swap.Id)!;
        Assert.Equal(SwapStatus.Lapsed, lapsed.Status);
        Assert.Contains("given to Staff kim", lapsed.Outcome);
        Assert.Equal(ErrorCode.InvalidTransition, late.Code);
        Assert.Contains("is LAPSED", late.Message);
    }

    [Fact]
    public void A_shift_already_worked_cannot_be_swapped()
    {
        var past = _world.Shift(_sam, Today.AddDays(-1), "08:00", "16:00", _alex);

        var refused = Assert.Throws<DomainException>(() => ShiftSwapRules.Propose(Rota, Team, past.Id, _alex.Id, null, null, Today, RotaWorld.Now));
        var (proposed, swap) = Propose(_alex);
        var tooLate = Assert.Throws<DomainException>(() => ShiftSwapRules.Accept(proposed, Team, swap.Id, _kim.Id, Thursday.AddDays(1), RotaWorld.Now));

        Assert.Equal(ErrorCode.InvalidTransition, refused.Code);
        Assert.Contains("before today", refused.Message);
        Assert.Equal(ErrorCode.InvalidTransition, tooLate.Code);
    }

    [Fact]
    public void Only_whoever_proposed_a_swap_withdraws_it()
    {
        var (proposed, swap) = Propose(_alex);

        var refused = Assert.Throws<DomainException>(() => ShiftSwapRules.Withdraw(proposed, Team, swap.Id, _kim.Id, RotaWorld.Now));
        var withdrawn = ShiftSwapRules.Withdraw(proposed, Team, swap.Id, _alex.Id, RotaWorld.Now);

        Assert.Contains("only they can withdraw it", refused.Message);
        Assert.Equal(SwapStatus.Withdrawn, withdrawn.SwapById(swap.Id)!.Status);
        Assert.Equal(_alex.Id, withdrawn.ShiftById(_shift.Id)!.StaffId);
    }

    private (RotaState Rota, ShiftSwap Swap) Propose(StaffView by) =>
        ShiftSwapRules.Propose(Rota, Team, _shift.Id, by.Id, null, null, Today, RotaWorld.Now);
}
