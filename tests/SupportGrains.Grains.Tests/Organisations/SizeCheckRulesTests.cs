using SupportGrains.Grains.Matches;
using SupportGrains.Grains.Organisations;
using SupportGrains.Grains.Staff;

namespace SupportGrains.Grains.Tests.Organisations;

public sealed class SizeCheckRulesTests
{
    private static readonly DateOnly Today = World.Today;

    private static Finding? Finding(SizeCheck check, string code) => check.Findings.SingleOrDefault(f => f.Code == code);

    [Fact]
    public void With_no_findings_the_status_is_green()
    {
        var world = new World();
        world.People(3);

        var check = SizeCheckRules.Check(world.Snapshot(), 0, Today);

        Assert.Equal(CheckStatus.Green, check.Status);
        Assert.Empty(check.Findings);
        Assert.Equal(3, check.PeopleSupported);
    }

    [Theory]
    [InlineData(3, 1, null)]
    [InlineData(4, 1, CheckStatus.Amber)]
    [InlineData(5, 0, CheckStatus.Amber)]
    [InlineData(5, 1, CheckStatus.Red)]
    [InlineData(6, 0, CheckStatus.Red)]
    public void Five_people_in_the_first_year_is_amber_and_six_is_red(int people, int adding, CheckStatus? expected)
    {
        var world = new World(startedOn: Today.AddMonths(-6));
        world.People(people);

        var check = SizeCheckRules.Check(world.Snapshot(), adding, Today);

        Assert.True(check.InFirstYear);
        Assert.Equal(expected, Finding(check, FindingCode.FirstYearLimit)?.Status);
        if (expected is { } status)
        {
            var finding = Finding(check, FindingCode.FirstYearLimit)!;
            Assert.Equal(5, finding.Limit);
            Assert.Equal(people + adding, finding.Actual);
            Assert.Equal(status, check.Status);
            Assert.Contains("first year", finding.Message);
        }
    }

    [Fact]
    public void The_first_year_ends_twelve_months_after_the_start()
    {
        var world = new World(startedOn: new DateOnly(2025, 11, 24));
        world.People(6, new DateOnly(2025, 11, 24));

        var lastDay = SizeCheckRules.Check(world.Snapshot(), 0, new DateOnly(2026, 11, 23));
        var anniversary = SizeCheckRules.Check(world.Snapshot(), 0, new DateOnly(2026, 11, 24));

        Assert.True(lastDay.InFirstYear);
        Assert.Equal(CheckStatus.Red, Finding(lastDay, FindingCode.FirstYearLimit)!.Status);
        Assert.False(anniversary.InFirstYear);
        Assert.Null(Finding(anniversary, FindingCode.FirstYearLimit));
    }

    [Theory]
    [InlineData(30, null)]
    [InlineData(31, CheckStatus.Amber)]
    [InlineData(50, CheckStatus.Amber)]
    [InlineData(51, CheckStatus.Red)]
    public void The_ceiling_is_amber_above_30_and_red_above_50(int people, CheckStatus? expected)
    {
        var world = new World(startedOn: Today.AddYears(-10));
        world.People(people, Today.AddYears(-5));

        var check = SizeCheckRules.Check(world.Snapshot(), 0, Today);

        Assert.Equal(expected, Finding(check, FindingCode.Ceiling)?.Status);
        if (expected is not null)
        {
            Assert.Equal(expected == CheckStatus.Red ? 50 : 30, Finding(check, FindingCode.Ceiling)!.Limit);
            Assert.Equal(expected, check.Status);
        }
    }

    [Fact]
    public void People_being_added_count_towards_the_ceiling()
    {
        var world = new World(startedOn: Today.AddYears(-10));
        world.People(50, Today.AddYears(-5));

        var check = SizeCheckRules.Check(world.Snapshot(), 1, Today);

        Assert.Equal(CheckStatus.Red, check.Status);
        Assert.Equal(51, Finding(check, FindingCode.Ceiling)!.Actual);
        Assert.Equal(1, check.Adding);
    }

    [Theory]
    [InlineData(5, 0, false)]
    [InlineData(5, 1, true)]
    [InlineData(6, 0, true)]
    public void After_the_first_year_more_than_five_new_people_in_twelve_months_is_amber(int recent, int adding, bool expected)
    {
        var world = new World(startedOn: Today.AddYears(-3));
        world.People(4, Today.AddYears(-2));
        world.People(recent, Today.AddMonths(-3));

        var check = SizeCheckRules.Check(world.Snapshot(), adding, Today);

        var finding = Finding(check, FindingCode.GrowthRate);
        Assert.Equal(expected, finding is not null);
        if (finding is not null)
        {
            Assert.Equal(CheckStatus.Amber, finding.Status);
            Assert.Equal(recent + adding, finding.Actual);
            Assert.Equal(recent, finding.PersonIds.Length);
        }
    }

    [Fact]
    public void People_whose_support_started_a_year_ago_or_more_are_not_growth()
    {
        var world = new World(startedOn: Today.AddYears(-3));
        world.People(6, Today.AddYears(-1));

        Assert.Null(Finding(SizeCheckRules.Check(world.Snapshot(), 0, Today), FindingCode.GrowthRate));
    }

    [Theory]
    [InlineData(2, false)]
    [InlineData(3, true)]
    public void A_colleague_in_more_than_two_teams_is_amber(int teams, bool expected)
    {
        var world = new World();
        var busy = world.Staff("busy");
        foreach (var person in world.People(teams))
        {
            world.Match(person, busy, MatchStage.Matched);
        }

        var finding = Finding(SizeCheckRules.Check(world.Snapshot(), 0, Today), FindingCode.StaffInManyTeams);

        Assert.Equal(expected, finding is not null);
        if (finding is not null)
        {
            Assert.Equal(["busy"], finding.StaffIds.ToArray());
            Assert.Equal(3, finding.Actual);
            Assert.Contains("Staff busy is in 3 teams", finding.Message);
        }
    }

    [Fact]
    public void Candidates_and_ended_matches_are_not_team_membership()
    {
        var world = new World();
        var colleague = world.Staff("s");
        var people = world.People(4);
        world.Match(people[0], colleague, MatchStage.Matched);
        world.Match(people[1], colleague, MatchStage.Induction);
        world.Match(people[2], colleague, MatchStage.Offered);
        world.Match(people[3], colleague, MatchStage.Ended);

        Assert.Null(Finding(SizeCheckRules.Check(world.Snapshot(), 0, Today), FindingCode.StaffInManyTeams));
    }

    [Fact]
    public void A_leader_who_does_not_know_a_current_person_is_amber()
    {
        var world = new World();
        var leader = world.Staff("lead", leader: true);
        var known = world.Person("known");
        var unknown = world.Person("unknown");
        world.Person("gone", endedOn: Today.AddDays(-1));
        world.Knows(leader, known, Today);

        var finding = Finding(SizeCheckRules.Check(world.Snapshot(), 0, Today), FindingCode.LeaderDoesNotKnow);

        Assert.NotNull(finding);
        Assert.Equal(["unknown"], finding.PersonIds.ToArray());
        Assert.Equal(["lead"], finding.StaffIds.ToArray());
        Assert.Contains("does not know Person unknown", finding.Message);
        _ = unknown;
    }

    [Fact]
    public void Team_members_count_as_knowing_their_person()
    {
        var world = new World();
        var leader = world.Staff("lead", leader: true);
        var person = world.Person("p");
        world.Match(person, leader, MatchStage.Induction);

        Assert.Null(Finding(SizeCheckRules.Check(world.Snapshot(), 0, Today), FindingCode.LeaderDoesNotKnow));
    }

    [Theory]
    [InlineData(30, false)]
    [InlineData(31, true)]
    public void A_leader_who_last_saw_a_person_more_than_30_days_ago_is_amber(int daysAgo, bool expected)
    {
        var world = new World();
        var leader = world.Staff("lead", leader: true);
        var person = world.Person("p");
        world.Knows(leader, person, Today.AddDays(-daysAgo));

        var check = SizeCheckRules.Check(world.Snapshot(), 0, Today);

        var finding = Finding(check, FindingCode.LeaderContactStale);
        Assert.Equal(expected, finding is not null);
        Assert.Null(Finding(check, FindingCode.LeaderDoesNotKnow));
        if (finding is not null)
        {
            Assert.Equal(30, finding.Limit);
            Assert.Equal(31, finding.Actual);
        }
    }

    [Fact]
    public void Leavers_are_not_leaders_any_more()
    {
        var world = new World();
        world.Staff("gone", leader: true, leftOn: Today);
        world.Person("p");

        Assert.Empty(SizeCheckRules.Check(world.Snapshot(), 0, Today).Findings);
    }

    [Theory]
    [InlineData(40, false)]
    [InlineData(39.5, true)]
    public void Covered_hours_below_funded_hours_is_amber(double allocated, bool expected)
    {
        var world = new World();
        var person = world.Person("p", funded: 40);
        var a = world.Staff("a");
        var b = world.Staff("b");
        world.Match(person, a, MatchStage.Matched, allocated / 2);
        world.Match(person, b, MatchStage.Matched, allocated / 2);

        var finding = Finding(SizeCheckRules.Check(world.Snapshot(), 0, Today), FindingCode.FundedHoursGap);

        Assert.Equal(expected, finding is not null);
        if (finding is not null)
        {
            Assert.Equal(40, finding.Limit);
            Assert.Equal(allocated, finding.Actual);
            Assert.Equal(["p"], finding.PersonIds.ToArray());
        }
    }

    [Fact]
    public void Covered_hours_count_only_matched_members_available_today()
    {
        var world = new World();
        var person = world.Person("p", funded: 30);
        world.Match(person, world.Staff("matched"), MatchStage.Matched, 10);
        world.Match(person, world.Staff("induction"), MatchStage.Induction, 10);
        world.Match(person, world.Staff("sick", availability: [new AvailabilityChange(AvailabilityStatus.OffSick, Today.AddDays(-2), Today, null, default)]), MatchStage.Matched, 10);
        world.Match(person, world.Staff("back", availability: [new AvailabilityChange(AvailabilityStatus.OffSick, Today.AddDays(-9), Today.AddDays(-1), null, default)]), MatchStage.Matched, 10);

        var team = world.Snapshot().TeamOf(person, Today);

        Assert.Equal(20, team.CoveredHoursPerWeek);
        Assert.Equal(4, team.Members.Length);
    }

    [Fact]
    public void Covered_hours_read_as_people_write_them()
    {
        var world = new World();
        var person = world.Person("p", funded: 120);
        for (var i = 0; i < 3; i++)
        {
            world.Match(person, world.Staff($"s{i}"), MatchStage.Matched, 37.8);
        }

        var snapshot = world.Snapshot();
        var gap = Assert.Single(SizeCheckRules.Check(snapshot, 0, Today).Findings, f => f.Code == FindingCode.FundedHoursGap);

        Assert.Equal(113.4, snapshot.TeamOf(person, Today).CoveredHoursPerWeek);
        Assert.Equal(113.4, gap.Actual);
    }

    [Fact]
    public void The_status_is_the_worst_finding()
    {
        var world = new World(startedOn: Today.AddMonths(-2));
        world.People(6);
        world.Staff("lead", leader: true);

        var check = SizeCheckRules.Check(world.Snapshot(), 0, Today);

        Assert.Equal(CheckStatus.Red, check.Status);
        Assert.Contains(check.Findings, f => f.Status == CheckStatus.Amber);
    }

    [Fact]
    public void Adding_fewer_than_none_is_refused()
    {
        var error = Assert.Throws<DomainException>(() => SizeCheckRules.Check(new World().Snapshot(), -1, Today));

        Assert.Equal("INVALID_INPUT", error.Code);
    }
}
