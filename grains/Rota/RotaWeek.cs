using System.Collections.Immutable;

namespace SupportGrains.Grains.Rota;

/// <summary>
/// The rota of the team around a person for one week (Monday to Sunday, named by its Monday): its
/// shifts, the hours rostered and by whom, continuity, open shifts, clashes, the pattern in use,
/// and the swaps proposed for its shifts.
/// </summary>
[GenerateSerializer, Immutable]
[Alias("SupportGrains.RotaWeek")]
public sealed record RotaWeek(
    string PersonId,
    DateOnly Week,
    ImmutableArray<RotaShift> Shifts,
    ImmutableArray<RotaShift> CancelledShifts,
    double RosteredHours,
    double MatchedHours,
    double OtherHours,
    double OpenHours,
    double? Continuity,
    double CoveredHours,
    ImmutableArray<Clash> Clashes,
    RotaPattern? Pattern,
    ImmutableArray<ShiftSwap> Swaps)
{
    public DateOnly EndsOn => Week.AddDays(6);

    public ImmutableArray<RotaShift> OpenShifts => [.. Shifts.Where(s => s.IsOpen)];
}
