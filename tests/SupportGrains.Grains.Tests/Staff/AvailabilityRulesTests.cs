using SupportGrains.Grains.Staff;

namespace SupportGrains.Grains.Tests.Staff;

public sealed class AvailabilityRulesTests
{
    private static readonly DateOnly Day = World.Today;

    [Fact]
    public void With_no_changes_a_colleague_is_available()
    {
        Assert.Equal(AvailabilityStatus.Available, AvailabilityRules.On([], Day).Status);
    }

    [Fact]
    public void Both_ends_of_the_window_are_inclusive_and_outside_it_the_colleague_is_available()
    {
        AvailabilityChange[] history = [new(AvailabilityStatus.OnLeave, Day, Day.AddDays(6), "Holiday", default)];

        Assert.Equal(AvailabilityStatus.Available, AvailabilityRules.On([.. history], Day.AddDays(-1)).Status);
        Assert.Equal(AvailabilityStatus.OnLeave, AvailabilityRules.On([.. history], Day).Status);
        Assert.Equal(AvailabilityStatus.OnLeave, AvailabilityRules.On([.. history], Day.AddDays(6)).Status);
        Assert.Equal(AvailabilityStatus.Available, AvailabilityRules.On([.. history], Day.AddDays(7)).Status);
    }

    [Fact]
    public void Without_an_until_it_lasts_until_further_notice()
    {
        AvailabilityChange[] history = [new(AvailabilityStatus.OffSick, Day, null, null, default)];

        Assert.Equal(AvailabilityStatus.OffSick, AvailabilityRules.On([.. history], Day.AddYears(1)).Status);
    }

    [Fact]
    public void The_latest_change_sets_the_current_availability()
    {
        AvailabilityChange[] history =
        [
            new(AvailabilityStatus.OffSick, Day.AddDays(-5), null, null, default),
            new(AvailabilityStatus.Available, Day.AddDays(-1), null, "Back at work", default),
        ];

        var availability = AvailabilityRules.On([.. history], Day);

        Assert.Equal(AvailabilityStatus.Available, availability.Status);
        Assert.Equal("Back at work", availability.Note);
    }

    [Fact]
    public void Sick_days_are_counted_from_the_history_inside_the_period_only()
    {
        AvailabilityChange[] history =
        [
            new(AvailabilityStatus.OffSick, Day.AddDays(-20), Day.AddDays(-11), null, default),
            new(AvailabilityStatus.Available, Day.AddDays(-15), null, "Came back early", default),
            new(AvailabilityStatus.OffSick, Day.AddDays(-3), null, null, default),
        ];

        Assert.Equal(5 + 4, AvailabilityRules.SickDays([.. history], Day.AddDays(-30), Day));
        Assert.Equal(4, AvailabilityRules.SickDays([.. history], Day.AddDays(-3), Day));
    }
}
