using SupportGrains.Grains.Matches;

namespace SupportGrains.Grains.Tests.Matches;

/// <summary>DOMAIN.md: history is never overwritten — allocations keep the day they took effect, an ended match keeps its hours, shadow shifts are dated entries corrected by later ones, reviews say something and are not in the future.</summary>
public sealed class MatchHistoryTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 24);
    private static readonly HashSet<string> Matched = ["jo"];

    private static Match Started(MatchStage stage) => MatchRules.Start("m1-p", "org", "p", new NewMatch("s", stage), At.AddDays(-60));

    [Fact]
    public void Each_allocation_is_kept_with_the_days_it_was_in_force()
    {
        var match = MatchRules.AllocateHours(Started(MatchStage.Matched), 20, Today.AddDays(-30), At);
        match = MatchRules.AllocateHours(match, 25, Today.AddDays(-10), At);

        Assert.Equal(25, match.HoursPerWeek);
        Assert.Equal(2, match.Allocations.Length);
        Assert.Equal(Today.AddDays(-11), match.Allocations[0].To);
        Assert.Null(match.Allocations[1].To);
        Assert.Equal(20, match.HoursOn(Today.AddDays(-20)));
        Assert.Equal(25, match.HoursOn(Today));
        Assert.Equal(0, match.HoursOn(Today.AddDays(-40)));
    }

    [Fact]
    public void An_allocation_cannot_take_effect_before_the_latest_one()
    {
        var match = MatchRules.AllocateHours(Started(MatchStage.Matched), 20, Today, At);

        Assert.Equal(ErrorCode.InvalidInput, Assert.Throws<DomainException>(() => MatchRules.AllocateHours(match, 10, Today.AddDays(-1), At)).Code);
    }

    [Fact]
    public void An_ended_match_still_shows_the_hours_it_had()
    {
        var match = MatchRules.AllocateHours(Started(MatchStage.Matched), 20, Today.AddDays(-30), At);

        var ended = MatchRules.End(match, "Moved to another area", At);

        Assert.Equal(20, ended.HoursPerWeek);
        Assert.Equal(Today, ended.Allocations.Single().To);
    }

    [Fact]
    public void Shadow_shifts_are_dated_entries_with_the_matched_colleague_and_a_correction_takes_an_entrys_place_without_erasing_it()
    {
        var match = MatchRules.RecordShadowShift(Started(MatchStage.Induction), Today.AddDays(-3), "jo", null, Today, At, Matched);
        match = MatchRules.RecordShadowShift(match, Today.AddDays(-1), "jo", "Sleep-in", Today, At, Matched);

        var moved = MatchRules.CorrectShadowShift(match, 1, Today.AddDays(-2), null, false, "It was Saturday", Today, At, Matched);
        var cancelled = MatchRules.CorrectShadowShift(moved, 2, null, null, true, "Did not happen", Today, At, Matched);

        Assert.Equal(2, moved.ShadowShifts);
        Assert.Equal(1, cancelled.ShadowShifts);
        Assert.Equal(4, cancelled.ShadowShiftEntries.Length);
        Assert.Equal(Today.AddDays(-3), cancelled.ShadowShiftEntries[0].On);
        Assert.Equal(1, cancelled.ShadowShiftEntries[2].Corrects);
        Assert.Equal(Today.AddDays(-2), Assert.Single(MatchRules.Standing(cancelled.ShadowShiftEntries), e => !e.Cancelled).On);
    }

    [Fact]
    public void A_shadow_shift_in_the_future_before_induction_or_alongside_someone_not_matched_is_refused()
    {
        var induction = MatchRules.Advance(MatchRules.Start("m1-p", "org", "p", new NewMatch("s", MatchStage.Offered), At.AddDays(-20)), MatchStage.Induction, null, At.AddDays(-10));

        Assert.Equal(ErrorCode.InvalidInput, Assert.Throws<DomainException>(() => MatchRules.RecordShadowShift(induction, Today.AddDays(1), null, null, Today, At, Matched)).Code);
        Assert.Equal(ErrorCode.InvalidInput, Assert.Throws<DomainException>(() => MatchRules.RecordShadowShift(induction, Today.AddDays(-15), null, null, Today, At, Matched)).Code);
        Assert.Contains("not a MATCHED member", Assert.Throws<DomainException>(() => MatchRules.RecordShadowShift(induction, Today, "pat", null, Today, At, Matched)).Message);
        Assert.Equal(1, MatchRules.RecordShadowShift(induction, Today, "jo", null, Today, At, Matched).ShadowShifts);
    }

    [Fact]
    public void A_review_is_not_after_today_and_says_something()
    {
        var match = Started(MatchStage.Matched);

        var future = Assert.Throws<DomainException>(() => MatchRules.Review(match, new MatchReview(Today.AddDays(1), Perspective.Person, ["Cooking together"], [], []), Today));
        var empty = Assert.Throws<DomainException>(() => MatchRules.Review(match, new MatchReview(Today, Perspective.Family, ["  "], [], []), Today));
        var kept = MatchRules.Review(match, new MatchReview(Today, Perspective.Staff, [], [" Late starts "], []), Today);

        Assert.Equal(ErrorCode.InvalidInput, future.Code);
        Assert.Contains("at least one of working, notWorking or actions", empty.Message);
        Assert.Equal(["Late starts"], kept.Reviews.Single().NotWorking.ToArray());
    }
}
