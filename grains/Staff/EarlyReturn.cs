using System.Collections.Immutable;

namespace SupportGrains.Grains.Staff;

/// <summary>
/// Coming back before an absence ends (DOMAIN.md "Availability"): a change to AVAILABLE from today
/// covers the days the absence would still have decided, and stops before the first day on which
/// something else was recorded — leave booked before the sickness, say — so what was booked stays
/// booked. Every change is kept; this only chooses the window of the new one.
/// </summary>
public static class EarlyReturn
{
    /// <summary>How far ahead an absence until further notice is looked at.</summary>
    public const int Horizon = 366;

    /// <summary>
    /// The last day an AVAILABLE change from <paramref name="today"/> should cover; null for until
    /// further notice (the absence was, and nothing else lies under it). Today itself when the
    /// colleague is not absent today or the absence ends today.
    /// </summary>
    public static DateOnly? AvailableUntil(ImmutableArray<AvailabilityChange> history, DateOnly today)
    {
        var deciding = Deciding(history, today);
        if (deciding < 0 || history[deciding].Status == AvailabilityStatus.Available)
        {
            return today;
        }

        var absence = history[deciding];
        var under = history.RemoveAt(deciding);
        var last = absence.Until ?? today.AddDays(Horizon);
        for (var day = today.AddDays(1); day <= last; day = day.AddDays(1))
        {
            if (Deciding(history, day) != deciding || AvailabilityRules.On(under, day).Status != AvailabilityStatus.Available)
            {
                return day.AddDays(-1);
            }
        }

        return absence.Until;
    }

    // The latest-recorded change whose window covers the day (-1: none).
    private static int Deciding(ImmutableArray<AvailabilityChange> history, DateOnly day)
    {
        if (history.IsDefaultOrEmpty)
        {
            return -1;
        }

        for (var i = history.Length - 1; i >= 0; i--)
        {
            if (history[i].Covers(day))
            {
                return i;
            }
        }

        return -1;
    }
}
