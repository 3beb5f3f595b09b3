using System.Collections.Immutable;
using SupportGrains.Grains.Staff;

namespace SupportGrains.Grains.Tests.Staff;

public sealed class EarlyReturnTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);
    private static readonly DateTimeOffset At = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Coming_back_early_from_sickness_is_available_for_the_rest_of_it()
    {
        var history = History(Change(AvailabilityStatus.OffSick, Today.AddDays(-1), new DateOnly(2026, 11, 27)));

        var changes = EarlyReturn.Changes(history, Today, At);

        var back = Assert.Single(changes);
        Assert.Equal((AvailabilityStatus.Available, Today, (DateOnly?)new DateOnly(2026, 11, 27)), (back.Status, back.From, back.Until));
    }

    [Fact]
    public void Leave_booked_under_the_sickness_is_booked_again_and_the_rest_is_available()
    {
        var history = History(
            Change(AvailabilityStatus.OnLeave, new DateOnly(2026, 11, 27), new DateOnly(2026, 11, 27), "A family wedding"),
            Change(AvailabilityStatus.OffSick, Today, new DateOnly(2026, 11, 30)));

        var changes = EarlyReturn.Changes(history, Today, At);
        var after = history.AddRange(changes);

        Assert.Equal(2, changes.Length);
        Assert.Equal(AvailabilityStatus.Available, AvailabilityRules.On(after, Today).Status);
        Assert.Equal(new Availability(AvailabilityStatus.OnLeave, new DateOnly(2026, 11, 27), new DateOnly(2026, 11, 27), "A family wedding"), AvailabilityRules.On(after, new DateOnly(2026, 11, 27)));
        Assert.Equal(AvailabilityStatus.Available, AvailabilityRules.On(after, new DateOnly(2026, 11, 28)).Status);
        Assert.Equal(AvailabilityStatus.Available, AvailabilityRules.On(after, new DateOnly(2026, 11, 30)).Status);
    }

    [Fact]
    public void Two_windows_side_by_side_under_an_absence_stay_two()
    {
        var history = History(
            Change(AvailabilityStatus.OnLeave, new DateOnly(2026, 11, 25), new DateOnly(2026, 11, 25)),
            Change(AvailabilityStatus.OnLeave, new DateOnly(2026, 11, 26), new DateOnly(2026, 11, 27)),
            Change(AvailabilityStatus.OffSick, Today, null));

        var changes = EarlyReturn.Changes(history, Today, At);

        Assert.Equal([(AvailabilityStatus.Available, Today, null), (AvailabilityStatus.OnLeave, new DateOnly(2026, 11, 25), new DateOnly(2026, 11, 25)),
            (AvailabilityStatus.OnLeave, new DateOnly(2026, 11, 26), new DateOnly(2026, 11, 27))],
            changes.Select(c => (c.Status, c.From, c.Until)));
    }

    [Fact]
    public void Someone_not_absent_today_has_nothing_to_come_back_from()
    {
        var history = History(Change(AvailabilityStatus.OnLeave, new DateOnly(2026, 12, 20), new DateOnly(2026, 12, 31)));

        Assert.Empty(EarlyReturn.Changes(history, Today, At));
        Assert.Empty(EarlyReturn.Changes([], Today, At));
    }

    private static ImmutableArray<AvailabilityChange> History(params AvailabilityChange[] changes) => [.. changes];

    private static AvailabilityChange Change(AvailabilityStatus status, DateOnly from, DateOnly? until, string? note = null) => new(status, from, until, note, DateTimeOffset.UnixEpoch);
}
