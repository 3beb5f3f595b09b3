using SupportGrains.Grains.Organisations;
using SupportGrains.Grains.Staff;

namespace SupportGrains.Grains.Tests.Organisations;

/// <summary>DOMAIN.md "Current on day D": started on or before the day and not yet ended or left; someone who starts later is planned, not current.</summary>
public sealed class CurrentOnADayTests
{
    private static readonly DateOnly Today = World.Today;

    [Fact]
    public void A_person_or_colleague_who_starts_after_the_day_is_planned_not_current()
    {
        var world = new World();
        var person = world.Person("p", startedOn: Today.AddDays(10));
        var staff = world.Staff("s", startedOn: Today.AddDays(10));

        Assert.False(person.IsCurrentOn(Today));
        Assert.True(person.IsCurrentOn(Today.AddDays(10)));
        Assert.False(staff.IsCurrentOn(Today));
        Assert.True(staff.IsCurrentOn(Today.AddDays(10)));
    }

    [Fact]
    public void Workforce_on_a_day_before_anyone_started_has_no_filled_posts_and_no_negative_time_in_post()
    {
        var world = new World(startedOn: new DateOnly(2022, 3, 1), fundedPosts: 10);
        world.Staff("a", startedOn: new DateOnly(2022, 3, 1));
        world.Staff("b", startedOn: new DateOnly(2024, 6, 1));
        world.Person("p", startedOn: new DateOnly(2022, 4, 1));

        var before = WorkforceRules.Compute(world.Snapshot(), new DateOnly(2019, 1, 1));
        var between = WorkforceRules.Compute(world.Snapshot(), new DateOnly(2023, 3, 1));

        Assert.Equal(0, before.PostsFilled);
        Assert.Equal(0, before.AverageYearsInPost);
        Assert.Equal(0, before.StaffPerPerson);
        Assert.Equal(1, between.PostsFilled);
        Assert.Equal(1.0, between.AverageYearsInPost, 2);
    }

    [Fact]
    public void A_size_check_on_a_past_day_counts_only_the_people_who_had_started_then()
    {
        var world = new World(startedOn: new DateOnly(2023, 1, 10));
        world.Person("a", startedOn: new DateOnly(2023, 1, 20));
        world.Person("b", startedOn: new DateOnly(2023, 2, 10));
        world.Person("c", startedOn: new DateOnly(2023, 2, 25));
        for (var i = 0; i < 17; i++)
        {
            world.Person($"later{i}", startedOn: new DateOnly(2024, 1, 1).AddDays(i * 30));
        }

        var check = SizeCheckRules.Check(world.Snapshot(), 0, new DateOnly(2023, 3, 1));

        Assert.Equal(3, check.PeopleSupported);
        Assert.True(check.InFirstYear);
        Assert.Equal(CheckStatus.Green, check.Status);
    }

    [Fact]
    public void A_day_before_the_organisation_started_is_not_in_its_first_year()
    {
        var world = new World(startedOn: new DateOnly(2022, 5, 1));
        world.People(6, startedOn: new DateOnly(1990, 1, 1));

        var check = SizeCheckRules.Check(world.Snapshot(), 1, new DateOnly(1990, 1, 1));

        Assert.False(check.InFirstYear);
        Assert.DoesNotContain(check.Findings, f => f.Code == FindingCode.FirstYearLimit);
    }

    [Fact]
    public void Candidates_count_in_no_workforce_figure()
    {
        var world = new World(fundedPosts: 4);
        world.Staff("s");
        world.Staff("c", candidate: true);
        world.Person("p");

        var indicators = WorkforceRules.Compute(world.Snapshot(), Today);

        Assert.Equal(1, indicators.PostsFilled);
        Assert.Equal(3, indicators.PostsVacant);
        Assert.Equal(1, indicators.StaffPerPerson);
    }
}
