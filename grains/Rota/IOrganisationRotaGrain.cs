using System.Collections.Immutable;

namespace SupportGrains.Grains.Rota;

/// <summary>
/// The rota questions of an organisation, answered by its organisation grain (same key) from the
/// snapshot it keeps, where every team's rota is seen at once — so a colleague rostered in two
/// teams at the same time shows as a clash in both.
/// </summary>
[Alias("SupportGrains.IOrganisationRotaGrain")]
public interface IOrganisationRotaGrain : IGrainWithStringKey
{
    /// <summary>The rota of the team around a person for the week holding <paramref name="day"/>; null when the person is not the organisation's.</summary>
    [ReadOnly, Alias("RotaWeek")]
    Task<RotaWeek?> RotaWeekAsync(string personId, DateOnly day);

    /// <summary>One shift (cancelled or not) with its hours and clashes; null when there is none.</summary>
    [ReadOnly, Alias("Shift")]
    Task<RotaShift?> ShiftAsync(string shiftId);

    /// <summary>A colleague's shifts in every team of the organisation, from one day to another (both inclusive).</summary>
    [ReadOnly, Alias("ShiftsOf")]
    Task<ImmutableArray<RotaShift>> ShiftsOfAsync(string staffId, DateOnly from, DateOnly to);
}
