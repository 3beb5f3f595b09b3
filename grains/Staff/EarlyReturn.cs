using System.Collections.Immutable;

namespace SupportGrains.Grains.Staff;

/// <summary>
/// Coming back before an absence ends (DOMAIN.md "Availability"): the changes to record so that
/// from today the absence no longer decides any day, and every day it had covered reads as it would
/// without it — leave booked under a sickness, or booked after it, stays booked. Every change is
/// kept; this only works out the new ones: AVAILABLE over the rest of the absence, then each window
/// that lay under it again (clipped to the rest of the absence), in that order.
/// </summary>
public static class EarlyReturn
{
    /// <summary>How far ahead an absence until further notice is looked at.</summary>
    public const int Horizon = 366;

    /// <summary>The changes to record, in order; none when the colleague is not absent today.</summary>
    public static ImmutableArray<AvailabilityChange> Changes(ImmutableArray<AvailabilityChange> history, DateOnly today, DateTimeOffset at)
    {
        var deciding = Deciding(history, today);
        if (deciding < 0 || history[deciding].Status == AvailabilityStatus.Available)
        {
            return [];
        }

        var absence = history[deciding];
        var without = history.RemoveAt(deciding);
        var last = absence.Until ?? today.AddDays(Horizon);
        var changes = ImmutableArray.CreateBuilder<AvailabilityChange>();
        changes.Add(new AvailabilityChange(AvailabilityStatus.Available, today, absence.Until, null, at));
        AvailabilityChange? open = null;
        for (var day = today; day <= last; day = day.AddDays(1))
        {
            var under = AvailabilityRules.On(without, day);
            if (open is not null && (under.Status != open.Status || under.Note != open.Note || under.From != WindowFrom(without, open)))
            {
                changes.Add(open);
                open = null;
            }

            if (under.Status != AvailabilityStatus.Available)
            {
                open = open is null
                    ? new AvailabilityChange(under.Status, day, day, under.Note, at)
                    : open with { Until = day };
            }
        }

        if (open is not null)
        {
            changes.Add(open);
        }

        return changes.ToImmutable();
    }

    // The first day of the window that decides a day without the absence, to tell two windows of the same status apart.
    private static DateOnly? WindowFrom(ImmutableArray<AvailabilityChange> without, AvailabilityChange open) =>
        AvailabilityRules.On(without, open.Until!.Value).From;

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
