using SupportGrains.Grains.Due;
using SupportGrains.Grains.Matches;
using SupportGrains.Grains.Organisations;

namespace SupportGrains.Grains.Tests.Due;

/// <summary>Reviews and the end of induction.</summary>
public sealed partial class DueRulesTests
{
    [Fact]
    public void A_review_is_due_exactly_the_review_weeks_after_the_latest_review()
    {
        var world = new World();
        var sam = world.Person("sam");
        var chloe = world.Staff("chloe");
        var match = With(world, world.Match(sam, chloe, MatchStage.Matched),
            [Reached(MatchStage.Interested, "2026-06-01"), Reached(MatchStage.Matched, "2026-07-01")], "2026-10-01", "2026-11-05", "2026-10-20");

        var due = Assert.Single(DueRules.For(world.Snapshot(), Today, 9));

        Assert.Equal((DueKind.Review, D("2026-12-03"), D("2026-12-04")), (due.Kind, due.DueOn, due.OverdueFrom!.Value));
        Assert.Equal((sam.Id, chloe.Id, match.Id), (due.PersonId!, due.StaffId!, due.MatchId!));
        Assert.Equal("Review of Staff chloe's match with Person sam is due on 2026-12-03: 4 weeks since the last review on 2026-11-05.", due.Message);
        Assert.Empty(DueRules.For(world.Snapshot(), Today, 8));
    }

    [Fact]
    public void Without_a_review_the_first_is_due_after_the_match_started_every_so_many_weeks_as_the_organisation_sets()
    {
        var world = new World { Settings = new OrganisationSettings { ReviewEveryWeeks = 2 } };
        var sam = world.Person("sam");
        With(world, world.Match(sam, world.Staff("chloe"), MatchStage.Induction),
            [Reached(MatchStage.Interested, "2026-11-01"), Reached(MatchStage.Induction, "2026-11-10")]);

        var due = DueRules.For(world.Snapshot(), Today, 0).Single(i => i.Kind == DueKind.Review);

        Assert.Equal(D("2026-11-15"), due.DueOn);
        Assert.True(due.IsOverdueOn(Today));
        Assert.EndsWith(": 2 weeks since the match started on 2026-11-01.", due.Message);
    }

    [Fact]
    public void Ended_matches_matches_not_yet_in_the_team_leavers_and_people_no_longer_supported_are_due_no_review()
    {
        var world = new World();
        var sam = world.Person("sam");
        var ended = world.Person("ended", endedOn: Today.AddDays(-1));
        var started = new[] { Reached(MatchStage.Interested, "2026-01-01") };
        With(world, world.Match(sam, world.Staff("a"), MatchStage.Ended), started);
        With(world, world.Match(sam, world.Staff("b"), MatchStage.Offered), started);
        With(world, world.Match(sam, world.Staff("left", leftOn: Today), MatchStage.Matched), started);
        With(world, world.Match(ended, world.Staff("c"), MatchStage.Matched), started);

        Assert.Empty(DueRules.For(world.Snapshot(), Today, DueRules.MaxWithinDays));
    }

    [Fact]
    public void Induction_is_due_to_end_from_three_months_after_it_began_and_is_overdue_after_six()
    {
        var world = new World();
        var sam = world.Person("sam");
        foreach (var (staff, began) in new[] { ("three", "2026-08-24"), ("six", "2026-05-24"), ("over", "2026-05-23"), ("later", "2026-08-25") })
        {
            With(world, world.Match(sam, world.Staff(staff), MatchStage.Induction), [Reached(MatchStage.Offered, "2026-01-05"), Reached(MatchStage.Induction, began)], "2026-11-20");
        }

        var due = DueRules.For(world.Snapshot(), Today, 0).Where(i => i.Kind == DueKind.InductionEnd).ToList();
        var tomorrow = DueRules.For(world.Snapshot(), Today, 1).Where(i => i.Kind == DueKind.InductionEnd);

        Assert.Equal([("over", D("2026-08-23")), ("six", D("2026-08-24")), ("three", Today)], due.Select(i => (i.StaffId!, i.DueOn)));
        Assert.Equal([true, false, false], due.Select(i => i.IsOverdueOn(Today)));
        Assert.True(due[1].IsOverdueOn(Today.AddDays(1)));
        Assert.Equal(D("2027-02-25"), due[2].OverdueFrom);
        Assert.Contains(tomorrow, i => i.StaffId == "later");
        Assert.Equal("Staff three's induction with Person sam is due to end between 2026-11-24 and 2027-02-24: it began on 2026-08-24, "
            + "and induction lasts 3 to 6 months; after 2027-02-24 it is overdue.", due[2].Message);
    }

    [Fact]
    public void Only_a_match_still_at_induction_is_due_to_end_it()
    {
        var world = new World();
        With(world, world.Match(world.Person("sam"), world.Staff("chloe"), MatchStage.Matched),
            [Reached(MatchStage.Induction, "2026-01-05"), Reached(MatchStage.Matched, "2026-05-01")], "2026-11-20");

        Assert.Equal([DueKind.Review], DueRules.For(world.Snapshot(), Today, 60).Select(i => i.Kind));
    }
}
