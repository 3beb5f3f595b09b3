using SupportGrains.Grains.Matches;
using SupportGrains.Grains.Organisations;

namespace SupportGrains.Grains.Tests.Organisations;

public sealed class KnowsRulesTests
{
    private static readonly DateOnly Today = World.Today;

    [Fact]
    public void Who_knows_everyone_is_the_current_staff_who_know_every_current_person()
    {
        var world = new World();
        var everyone = world.Staff("everyone");
        var some = world.Staff("some");
        var gone = world.Staff("gone", leftOn: Today);
        var p1 = world.Person("p1");
        var p2 = world.Person("p2");
        world.Person("ended", endedOn: Today.AddDays(-3));
        world.Knows(everyone, p1, Today);
        world.Match(p2, everyone, MatchStage.Matched);
        world.Knows(some, p1, Today);
        world.Knows(gone, p1, Today);
        world.Knows(gone, p2, Today);

        var result = KnowsRules.WhoKnowsEveryone(world.Snapshot(), false, Today);

        Assert.Equal(["everyone"], result.Select(s => s.Id).ToArray());
    }

    [Fact]
    public void With_include_staff_they_must_also_know_every_colleague()
    {
        var world = new World();
        var a = world.Staff("a");
        var b = world.Staff("b");
        var c = world.Staff("c");
        var person = world.Person("p");
        foreach (var s in new[] { a, b, c })
        {
            world.Knows(s, person, Today);
        }

        world.KnowsColleague(a, b, Today);
        world.KnowsColleague(a, c, Today);

        var result = KnowsRules.WhoKnowsEveryone(world.Snapshot(), true, Today);

        Assert.Equal(["a"], result.Select(s => s.Id).ToArray());
    }

    [Fact]
    public void With_no_current_people_every_current_colleague_qualifies()
    {
        var world = new World();
        world.Staff("a");
        world.Staff("b");
        world.Staff("gone", leftOn: Today.AddDays(-1));
        world.Person("ended", endedOn: Today);

        var result = KnowsRules.WhoKnowsEveryone(world.Snapshot(), false, Today);

        Assert.Equal(["a", "b"], result.Select(s => s.Id).ToArray());
    }

    [Fact]
    public void Leader_gaps_are_unknown_people_and_stale_contact()
    {
        var world = new World();
        var leader = world.Staff("lead", leader: true);
        world.Staff("worker");
        var seen = world.Person("seen");
        var stale = world.Person("stale");
        world.Person("unknown");
        world.Knows(leader, seen, Today.AddDays(-3));
        world.Knows(leader, stale, Today.AddDays(-40));

        var gaps = KnowsRules.Gaps(world.Snapshot(), true, Today);

        Assert.Equal(2, gaps.Length);
        Assert.Contains(gaps, g => g.PersonId == "unknown" && g.LastTogetherOn is null);
        Assert.Contains(gaps, g => g.PersonId == "stale" && g.LastTogetherOn == Today.AddDays(-40));
        Assert.All(gaps, g => Assert.Equal("lead", g.StaffId));
    }

    [Fact]
    public void Without_leaders_only_every_colleague_and_team_pairs_are_checked()
    {
        var world = new World();
        var a = world.Staff("a");
        var b = world.Staff("b");
        var person = world.Person("p");
        world.Match(person, a, MatchStage.Matched);
        world.Match(person, b, MatchStage.Matched);

        var gaps = KnowsRules.Gaps(world.Snapshot(), false, Today);

        var gap = Assert.Single(gaps);
        Assert.Equal(("a", "b"), (gap.StaffId, gap.ColleagueId));
    }
}
