using System.Collections.Immutable;

namespace SupportGrains.Grains.Staff;

/// <summary>
/// DOMAIN.md "Availability": each change covers its own window (from and until inclusive); for a
/// given day the latest-recorded change whose window covers it decides; a day no window covers is
/// AVAILABLE. Every change is kept, so booked leave survives a later sickness elsewhere.
/// </summary>
public static class AvailabilityRules
{
    /// <summary>The availability on a day, with the window of the change that decides it.</summary>
    public static Availability On(ImmutableArray<AvailabilityChange> history, DateOnly day)
    {
        if (!history.IsDefaultOrEmpty)
        {
            for (var i = history.Length - 1; i >= 0; i--)
            {
                var change = history[i];
                if (change.Covers(day))
                {
                    return new Availability(change.Status, change.From, change.Until, change.Note);
                }
            }
        }

        return Availability.Available;
    }

    /// <summary>Days OFF_SICK from <paramref name="first"/> to <paramref name="last"/> inclusive.</summary>
    public static int SickDays(ImmutableArray<AvailabilityChange> history, DateOnly first, DateOnly last)
    {
        if (history.IsDefaultOrEmpty || !history.Any(c => c.Status == AvailabilityStatus.OffSick))
        {
            return 0;
        }

        var days = 0;
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            if (On(history, day).Status == AvailabilityStatus.OffSick)
            {
                days++;
            }
        }

        return days;
    }
}
