using System.Collections.Immutable;

namespace SupportGrains.Grains.Staff;

/// <summary>
/// DOMAIN.md "Availability": the latest change sets the current availability; within its window
/// (from and until inclusive) the colleague has its status, outside it they are available.
/// </summary>
public static class AvailabilityRules
{
    /// <summary>The availability on a day, decided by the latest change.</summary>
    public static Availability On(ImmutableArray<AvailabilityChange> history, DateOnly day)
    {
        if (history.IsDefaultOrEmpty)
        {
            return Availability.Available;
        }

        var latest = history[^1];
        return latest.Covers(day) ? new Availability(latest.Status, latest.From, latest.Until, latest.Note) : Availability.Available;
    }

    /// <summary>
    /// The status on a day in the history: the last change recorded whose window covers the day
    /// (a later change overrides an earlier one where they overlap); available when none does.
    /// </summary>
    public static AvailabilityStatus StatusInHistory(ImmutableArray<AvailabilityChange> history, DateOnly day)
    {
        if (history.IsDefaultOrEmpty)
        {
            return AvailabilityStatus.Available;
        }

        for (var i = history.Length - 1; i >= 0; i--)
        {
            if (history[i].Covers(day))
            {
                return history[i].Status;
            }
        }

        return AvailabilityStatus.Available;
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
            if (StatusInHistory(history, day) == AvailabilityStatus.OffSick)
            {
                days++;
            }
        }

        return days;
    }
}
