using SupportGrains.Grains.Matches;
using SupportGrains.Grains.Organisations;

namespace SupportGrains.Grains.Tests.Organisations;

/// <summary>DOMAIN.md LEADER_CONTACT_STALE: judged on the earlier of asOf and today; a leader known only through a team, with no recorded time together, is stale.</summary>
public sealed class LeaderContactTests
{
    private static readonly DateOnly Today = World.Today;

    [Fact]
    public void A_check_for_next_spring_judges_contact_on_today_not_on_the_future_day()
    {
        var world = new World();
        var leader = world.Staff("lead", leader: true);
        world.Knows(leader, world.Person("p"), Today.AddDays(-5));

        var spring = SizeCheckRules.Check(world.Snapshot(), 0, Today.AddDays(120), Today);

        Assert.DoesNotContain(spring.Findings, f => f.Code == FindingCode.LeaderContactStale);
    }

    [Fact]
    public void A_check_for_a_past_day_judges_contact_on_that_day()
    {
        var world = new World();
        var leader = world.Staff("lead", leader: true);
        world.Knows(leader, world.Person("p"), Today.AddDays(-45));

        var past = SizeCheckRules.Check(world.Snapshot(), 0, Today.AddDays(-20), Today);
        var now = SizeCheckRules.Check(world.Snapshot(), 0, Today, Today);

        Assert.DoesNotContain(past.Findings, f => f.Code == FindingCode.LeaderContactStale);
        var stale = Assert.Single(now.Findings, f => f.Code == FindingCode.LeaderContactStale);
        Assert.Equal(45, stale.Actual);
    }

    [Fact]
    public void A_leader_who_knows_a_person_only_through_a_team_with_no_time_recorded_is_stale()
    {
        var world = new World();
        var leader = world.Staff("lead", leader: true);
        var person = world.Person("p");
        world.Match(person, leader, MatchStage.Matched);

        var check = SizeCheckRules.Check(world.Snapshot(), 0, Today, Today);
        var gaps = KnowsRules.Gaps(world.Snapshot(), true, Today);

        Assert.DoesNotContain(check.Findings, f => f.Code == FindingCode.LeaderDoesNotKnow);
        var stale = Assert.Single(check.Findings, f => f.Code == FindingCode.LeaderContactStale);
        Assert.Equal<string>(["p"], stale.PersonIds);
        Assert.Null(stale.Actual);
        var gap = Assert.Single(gaps);
        Assert.Equal(KnowsGapKind.NoTimeTogetherRecorded, gap.Kind);
        Assert.Null(gap.LastTogetherOn);
    }
}
