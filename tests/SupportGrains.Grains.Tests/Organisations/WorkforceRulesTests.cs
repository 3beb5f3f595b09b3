using SupportGrains.Grains.Organisations;
using SupportGrains.Grains.Staff;

namespace SupportGrains.Grains.Tests.Organisations;

public sealed class WorkforceRulesTests
{
    private static readonly DateOnly Today = World.Today;

    /// <summary>
    /// A worked example, by hand. Funded posts 10. Staff:
    /// a: permanent, started 3 years ago, current; sick 4 days in the year.
    /// b: permanent, started 2 years ago, current; sick 2 days, one of them 13 months ago (outside).
    /// c: temporary, started 6 months ago, current.
    /// d: permanent, started 2 years ago, left 2 months ago (a leaver in the last 12 months).
    /// e: permanent, started 4 years ago, left 14 months ago (not a leaver of the last 12 months).
    /// f: bank, started 1 year ago, current (counts in staff per person only).
    /// People: 2 current, 1 ended.
    ///
    /// filled = a, b, c = 3; vacant = 10 − 3 = 7; postsTotal = 10; vacancyRate = 7 / 10 = 0.7.
    /// leavers = d = 1; turnoverRate = 1 / 3.
    /// employed a year ago (post holders) = a, b, d = 3; of them still employed = a, b = 2; stability = 2 / 3.
    /// years in post: a 3, b 2, c 0.5 (days / 365.25) → mean of the day counts / 365.25.
    /// sickness = (4 + 1) / 3 = 5/3 days per worker.
    /// staff per person = current staff (a, b, c, f) 4 / current people 2 = 2.
    /// </summary>
    [Fact]
    public void The_indicators_follow_the_asc_wds_formulas_on_a_worked_example()
    {
        var world = new World(fundedPosts: 10);
        world.Staff("a", startedOn: Today.AddYears(-3), availability: [Sick(Today.AddDays(-100), 4)]);
        world.Staff("b", startedOn: Today.AddYears(-2), availability: [Sick(Today.AddDays(-10), 1), Sick(Today.AddMonths(-13), 1)]);
        world.Staff("c", contract: ContractType.Temporary, startedOn: Today.AddMonths(-6));
        world.Staff("d", startedOn: Today.AddYears(-2), leftOn: Today.AddMonths(-2));
        world.Staff("e", startedOn: Today.AddYears(-4), leftOn: Today.AddMonths(-14));
        world.Staff("f", contract: ContractType.Bank, startedOn: Today.AddYears(-1));
        world.Person("p1");
        world.Person("p2");
        world.Person("p3", endedOn: Today.AddDays(-5));

        var indicators = WorkforceRules.Compute(world.Snapshot(), Today);

        Assert.Equal(3, indicators.PostsFilled);
        Assert.Equal(7, indicators.PostsVacant);
        Assert.Equal(10, indicators.PostsTotal);
        Assert.Equal(0.7, indicators.VacancyRate, 6);
        Assert.Equal(1, indicators.LeaversLast12Months);
        Assert.Equal(1.0 / 3, indicators.TurnoverRate, 6);
        Assert.Equal(2.0 / 3, indicators.StabilityIndex!.Value, 6);
        var expectedYears = new[] { Today.AddYears(-3), Today.AddYears(-2), Today.AddMonths(-6) }.Average(d => (Today.DayNumber - d.DayNumber) / 365.25);
        Assert.Equal(expectedYears, indicators.AverageYearsInPost, 6);
        Assert.Equal(5.0 / 3, indicators.SicknessDaysPerWorker, 6);
        Assert.Equal(2, indicators.StaffPerPerson, 6);
        Assert.Equal(5, indicators.Benchmarks.Length);
    }

    [Fact]
    public void With_no_staff_and_no_people_every_rate_is_zero_and_stability_is_null()
    {
        var indicators = WorkforceRules.Compute(new World().Snapshot(), Today);

        Assert.Equal(0, indicators.VacancyRate);
        Assert.Equal(0, indicators.TurnoverRate);
        Assert.Null(indicators.StabilityIndex);
        Assert.Equal(0, indicators.StaffPerPerson);
        Assert.Equal(0, indicators.PostsTotal);
    }

    [Fact]
    public void More_staff_than_funded_posts_leaves_no_vacancy()
    {
        var world = new World(fundedPosts: 1);
        world.Staff("a");
        world.Staff("b");

        var indicators = WorkforceRules.Compute(world.Snapshot(), Today);

        Assert.Equal(0, indicators.PostsVacant);
        Assert.Equal(2, indicators.PostsTotal);
    }

    [Fact]
    public void The_reference_rows_are_the_five_of_the_sources_as_fractions()
    {
        var rows = WorkforceBenchmark.Reference;

        Assert.Equal(
            ["England, all adult social care", "England, learning disability & autism", "Small Supports org 1", "Small Supports org 2", "Small Supports org 3"],
            rows.Select(r => r.Name).ToArray());
        Assert.Equal(0.099, rows[0].VacancyRate);
        Assert.Equal(0.24, rows[2].TurnoverRate);
        Assert.Equal(0.0166, rows[3].VacancyRate);
    }

    private static AvailabilityChange Sick(DateOnly from, int days) =>
        new(AvailabilityStatus.OffSick, from, from.AddDays(days - 1), null, default);
}
