using System.Collections.Immutable;

namespace SupportGrains.Grains.Rota;

/// <summary>
/// The repeating pattern of a team's rota: 1 to 8 weeks of shift templates, numbered in the order
/// they were set (each pattern set is kept). Week 1 is the week starting <see cref="StartsOn"/>
/// (a Monday) and the weeks repeat from there, before and after.
/// </summary>
[GenerateSerializer, Immutable]
[Alias("SupportGrains.RotaPattern")]
public sealed record RotaPattern(string PersonId, int Number, int Weeks, DateOnly StartsOn, ImmutableArray<ShiftTemplate> Shifts, DateTimeOffset SetAt, string? SetBy)
{
    /// <summary>Which week of the pattern (1 to <see cref="Weeks"/>) a rota week (named by its Monday) is.</summary>
    public int WeekOf(DateOnly monday)
    {
        var weeksFromStart = (monday.DayNumber - StartsOn.DayNumber) / 7;
        return (((weeksFromStart % Weeks) + Weeks) % Weeks) + 1;
    }
}
