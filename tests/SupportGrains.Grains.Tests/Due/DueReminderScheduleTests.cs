using System.Globalization;
using SupportGrains.Grains.Due;

namespace SupportGrains.Grains.Tests.Due;

/// <summary>The due grain's daily reminder ticks shortly after midnight UTC, so what falls due on a day is recorded early that day.</summary>
public sealed class DueReminderScheduleTests
{
    [Theory]
    [InlineData("2026-11-24T10:00:00Z", 14 * 60 + 5)]
    [InlineData("2026-11-24T00:03:00Z", 2)]
    [InlineData("2026-11-24T00:05:00Z", 24 * 60)]
    [InlineData("2026-11-24T23:59:00+01:00", 66)]
    public void The_first_tick_is_the_next_five_past_midnight_utc(string now, int minutes) =>
        Assert.Equal(TimeSpan.FromMinutes(minutes), DueGrain.UntilNextTick(DateTimeOffset.Parse(now, CultureInfo.InvariantCulture)));
}
