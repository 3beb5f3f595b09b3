using SupportGrains.Grains.Matches;

namespace SupportGrains.Grains.Tests.Matches;

public sealed class MatchRulesTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 24);
    private static readonly HashSet<string> NoColleagues = [];

    private static Match At_(MatchStage stage, string id = "m1-p") => MatchRules.Start(id, "org", "p", new NewMatch("s", stage), At);

    [Fact]
    public void Stages_move_forward_and_may_skip_ahead()
    {
        var match = MatchRules.Advance(At_(MatchStage.Interested), MatchStage.OrganisationInterview, "Good values interview", At);
        match = MatchRules.Advance(match, MatchStage.Matched, null, At);

        Assert.Equal(MatchStage.Matched, match.Stage);
        Assert.Equal([MatchStage.Interested, MatchStage.OrganisationInterview, MatchStage.Matched], match.History.Select(e => e.Stage).ToArray());
        Assert.Equal("Good values interview", match.History[1].Note);
    }

    [Theory]
    [InlineData(MatchStage.Offered, MatchStage.Applied)]
    [InlineData(MatchStage.Matched, MatchStage.Matched)]
    [InlineData(MatchStage.Induction, MatchStage.Interested)]
    public void Moving_backwards_or_standing_still_is_refused(MatchStage from, MatchStage to)
    {
        var error = Assert.Throws<DomainException>(() => MatchRules.Advance(At_(from, "m7-p"), to, null, At));

        Assert.Equal(ErrorCode.InvalidTransition, error.Code);
        Assert.Contains("m7-p", error.Message);
        Assert.Contains("only move forward", error.Message);
    }

    [Fact]
    public void Ended_is_reached_only_by_ending_with_a_reason()
    {
        var error = Assert.Throws<DomainException>(() => MatchRules.Advance(At_(MatchStage.Matched), MatchStage.Ended, null, At));

        Assert.Equal(ErrorCode.InvalidTransition, error.Code);
        Assert.Equal(ErrorCode.InvalidInput, Assert.Throws<DomainException>(() => MatchRules.End(At_(MatchStage.Matched), "  ", At)).Code);
        Assert.Throws<DomainException>(() => MatchRules.Start("m1-p", "o", "p", new NewMatch("s", MatchStage.Ended), At));
    }

    [Fact]
    public void Ending_keeps_the_reason_and_the_history()
    {
        var ended = MatchRules.End(At_(MatchStage.Induction), "Not working for the person", At);

        Assert.Equal(MatchStage.Ended, ended.Stage);
        Assert.Equal("Not working for the person", ended.EndedReason);
        Assert.Equal([MatchStage.Induction, MatchStage.Ended], ended.History.Select(e => e.Stage).ToArray());
    }

    [Fact]
    public void Nothing_moves_out_of_ended()
    {
        var ended = MatchRules.End(At_(MatchStage.Matched), "Moved away", At);

        Assert.Equal(ErrorCode.InvalidTransition, Assert.Throws<DomainException>(() => MatchRules.Advance(ended, MatchStage.Matched, null, At)).Code);
        Assert.Equal(ErrorCode.InvalidTransition, Assert.Throws<DomainException>(() => MatchRules.End(ended, "again", At)).Code);
    }

    [Theory]
    [InlineData(MatchStage.Offered)]
    [InlineData(MatchStage.Matched)]
    public void Shadow_shifts_are_recorded_only_during_induction(MatchStage stage)
    {
        Assert.Equal(1, MatchRules.RecordShadowShift(At_(MatchStage.Induction), Today, null, null, Today, At, NoColleagues).ShadowShifts);
        Assert.Equal(ErrorCode.InvalidTransition, Assert.Throws<DomainException>(() => MatchRules.RecordShadowShift(At_(stage), Today, null, null, Today, At, NoColleagues)).Code);
    }

    [Theory]
    [InlineData(MatchStage.Induction, true)]
    [InlineData(MatchStage.Matched, true)]
    [InlineData(MatchStage.Offered, false)]
    [InlineData(MatchStage.Interested, false)]
    public void Hours_are_allocated_only_at_induction_or_matched(MatchStage stage, bool allowed)
    {
        if (allowed)
        {
            Assert.Equal(20, MatchRules.AllocateHours(At_(stage), 20, Today, At).HoursPerWeek);
        }
        else
        {
            Assert.Equal(ErrorCode.InvalidTransition, Assert.Throws<DomainException>(() => MatchRules.AllocateHours(At_(stage), 20, Today, At)).Code);
        }
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(169)]
    public void Hours_outside_a_week_are_invalid_input(double hours)
    {
        Assert.Equal(ErrorCode.InvalidInput, Assert.Throws<DomainException>(() => MatchRules.AllocateHours(At_(MatchStage.Matched), hours, Today, At)).Code);
    }
}
