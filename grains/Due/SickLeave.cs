using System.Collections.Immutable;
using SupportGrains.Grains.Staff;

namespace SupportGrains.Grains.Due;

/// <summary>A run of days off sick, both days inclusive.</summary>
internal readonly record struct SicknessSpell(DateOnly From, DateOnly Until);

/// <summary>
/// Spells of sickness read from a colleague's availability history as <see cref="AvailabilityRules.On"/>
/// decides each day, so a later change that shortens, extends or overrides a sickness is honoured.
/// The status can only change between the last day of a window and the next, or between the day
/// before a window and its first day, so only those days are looked at, never every day.
/// </summary>
internal static class SickLeave
{
    /// <summary>The latest spell with an end; none when there is no sickness, or the latest runs until further notice.</summary>
    public static SicknessSpell? LatestSpell(ImmutableArray<AvailabilityChange> history)
    {
        if (history.IsDefaultOrEmpty || !history.Any(c => c.Status == AvailabilityStatus.OffSick))
        {
            return null;
        }

        var boundaries = history.SelectMany(c => c.Until is { } until ? new[] { c.From.AddDays(-1), until } : [c.From.AddDays(-1)])
            .Distinct().Order().ToList();

        // After the last boundary only windows without an end can cover a day.
        if (Sick(history, boundaries[^1].AddDays(1)))
        {
            return null;
        }

        for (var i = boundaries.Count - 1; i >= 0; i--)
        {
            var day = boundaries[i];
            if (Sick(history, day) && !Sick(history, day.AddDays(1)))
            {
                return new SicknessSpell(SpellStart(history, boundaries, i), day);
            }
        }

        return null;
    }

    /// <summary>
    /// Between two neighbouring boundaries every day has the status of the later one, so the spell
    /// ending at boundary <paramref name="end"/> starts the day after the nearest earlier boundary
    /// that is not a sick day (the day before the earliest window is never covered, so there is one).
    /// </summary>
    private static DateOnly SpellStart(ImmutableArray<AvailabilityChange> history, List<DateOnly> boundaries, int end)
    {
        for (var i = end - 1; i >= 0; i--)
        {
            if (!Sick(history, boundaries[i]))
            {
                return boundaries[i].AddDays(1);
            }
        }

        return boundaries[end];
    }

    private static bool Sick(ImmutableArray<AvailabilityChange> history, DateOnly day) =>
        AvailabilityRules.On(history, day).Status == AvailabilityStatus.OffSick;
}
