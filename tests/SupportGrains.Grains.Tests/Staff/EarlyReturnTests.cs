using System.Collections.Immutable;
using SupportGrains.Grains.Staff;

namespace SupportGrains.Grains.Tests.Staff;

public sealed class EarlyReturnTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);

    [Fact]
    public void Coming_back_early_from_sickness_ends_it_where_it_would_have_ended()
    {
        var history = History(Change(AvailabilityStatus.OffSick, Today.AddDays(-1), new DateOnly(2026, 11, 27)));

        Assert.Equal(new DateOnly(2026, 11, 27), EarlyReturn.AvailableUntil(history, Today));
    }

    [Fact]
    public void Coming_back_early_stops_before_leave_booked_under_the_sickness()
    {
        var history = History(
            Change(AvailabilityStatus.OnLeave, new DateOnly(2026, 11, 27), new DateOnly(2026, 11, 27)),
            Change(AvailabilityStatus.OffSick, Today, new DateOnly(2026, 11, 30)));

        var until = EarlyReturn.AvailableUntil(history, Today);
        var back = history.Add(Change(AvailabilityStatus.Available, Today, until));

        Assert.Equal(new DateOnly(2026, 11, 26), until);
        Assert.Equal(AvailabilityStatus.OnLeave, AvailabilityRules.On(back, new DateOnly(2026, 11, 27)).Status);
        Assert.Equal(AvailabilityStatus.OffSick, AvailabilityRules.On(back, new DateOnly(2026, 11, 28)).Status);
    }

    [Fact]
    public void Coming_back_from_an_absence_until_further_notice_with_nothing_under_it_is_until_further_notice()
    {
        var history = History(Change(AvailabilityStatus.OffSick, Today.AddDays(-3), null));

        Assert.Null(EarlyReturn.AvailableUntil(history, Today));
    }

    [Fact]
    public void Someone_available_today_is_available_for_today_only()
    {
        var history = History(Change(AvailabilityStatus.OnLeave, new DateOnly(2026, 12, 20), new DateOnly(2026, 12, 31)));

        Assert.Equal(Today, EarlyReturn.AvailableUntil(history, Today));
        Assert.Equal(Today, EarlyReturn.AvailableUntil([], Today));
    }

    private static ImmutableArray<AvailabilityChange> History(params AvailabilityChange[] changes) => [.. changes];

    private static AvailabilityChange Change(AvailabilityStatus status, DateOnly from, DateOnly? until) => new(status, from, until, null, DateTimeOffset.UnixEpoch);
}
