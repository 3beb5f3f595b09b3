using SupportGrains.Grains.Organisations;

namespace SupportGrains.Grains.Tests.Organisations;

/// <summary>DOMAIN.md "Growth plan": room before AMBER and RED per rule, colleagues to recruit at today's ratio, findings split by cause.</summary>
public sealed class GrowthPlanRulesTests
{
    private static readonly DateOnly Today = World.Today;

    [Fact]
    public void After_the_first_year_it_counts_room_under_the_growth_rate_and_the_ceilings()
    {
        var world = new World(startedOn: Today.AddYears(-4));
        world.People(26, startedOn: Today.AddYears(-3));
        world.People(2, startedOn: Today.AddMonths(-2));
        for (var i = 0; i < 112; i++)
        {
            world.Staff($"s{i}");
        }

        var plan = GrowthPlanRules.Plan(world.Snapshot(), 3, Today.AddMonths(4), Today);

        var first = plan.Limits.Single(l => l.Code == FindingCode.FirstYearLimit);
        var growth = plan.Limits.Single(l => l.Code == FindingCode.GrowthRate);
        var ceiling = plan.Limits.Single(l => l.Code == FindingCode.Ceiling);
        Assert.False(first.Applies);
        Assert.Equal(3, growth.MoreBeforeAmber);
        Assert.Null(growth.MoreBeforeRed);
        Assert.Equal(2, ceiling.MoreBeforeAmber);
        Assert.Equal(22, ceiling.MoreBeforeRed);
        Assert.Equal(28, plan.PeopleBy);
        Assert.Equal(4, plan.StaffPerPersonToday);
        Assert.Equal((28 + 3) * 4 - 112, plan.ColleaguesToRecruit);
        Assert.Contains(plan.CausedByGrowth, f => f.Code == FindingCode.Ceiling && f.Status == CheckStatus.Amber);
        Assert.DoesNotContain(plan.CausedByGrowth, f => f.Code == FindingCode.GrowthRate);
        Assert.Equal(CheckStatus.Amber, plan.Status);
    }

    [Fact]
    public void In_the_first_year_the_first_year_limit_decides_and_growth_beyond_it_is_caused_red()
    {
        var world = new World(startedOn: Today.AddMonths(-2));
        world.People(3, startedOn: Today.AddMonths(-1));
        world.Staff("s1");

        var plan = GrowthPlanRules.Plan(world.Snapshot(), 3, Today.AddMonths(3), Today);

        var first = plan.Limits.Single(l => l.Code == FindingCode.FirstYearLimit);
        Assert.True(first.Applies);
        Assert.Equal(1, first.MoreBeforeAmber);
        Assert.Equal(2, first.MoreBeforeRed);
        Assert.False(plan.Limits.Single(l => l.Code == FindingCode.GrowthRate).Applies);
        Assert.Equal(CheckStatus.Red, plan.Status);
        Assert.Contains(plan.CausedByGrowth, f => f.Code == FindingCode.FirstYearLimit && f.Status == CheckStatus.Red);
        Assert.Empty(plan.AlreadyPresent);
    }

    [Fact]
    public void A_plan_for_a_day_in_the_past_or_a_negative_number_is_refused()
    {
        var world = new World();

        Assert.Equal(ErrorCode.InvalidInput, Assert.Throws<DomainException>(() => GrowthPlanRules.Plan(world.Snapshot(), 1, Today.AddDays(-1), Today)).Code);
        Assert.Equal(ErrorCode.InvalidInput, Assert.Throws<DomainException>(() => GrowthPlanRules.Plan(world.Snapshot(), -1, Today, Today)).Code);
    }
}
