using System.Collections.Immutable;

namespace SupportGrains.Grains.Rota;

/// <summary>
/// What the rota of the team around a person keeps: every shift ever made (cancelled ones too),
/// every pattern set, every time a pattern was applied, every swap proposed. Nothing is removed.
/// </summary>
[GenerateSerializer, Immutable]
[Alias("SupportGrains.RotaState")]
public sealed record RotaState
{
    [Id(0)]
    public string PersonId { get; init; } = "";

    [Id(1)]
    public string OrganisationId { get; init; } = "";

    /// <summary>In the order they were made; a shift's number in its id is its place here.</summary>
    [Id(2)]
    public ImmutableArray<Shift> Shifts { get; init; } = [];

    /// <summary>Oldest first; the last is the pattern in use.</summary>
    [Id(3)]
    public ImmutableArray<RotaPattern> Patterns { get; init; } = [];

    [Id(4)]
    public ImmutableArray<PatternApplication> Applications { get; init; } = [];

    [Id(5)]
    public ImmutableArray<ShiftSwap> Swaps { get; init; } = [];

    public static RotaState Empty(string personId) => new() { PersonId = personId };

    /// <summary>The pattern in use (the latest set), if one was set. A method, so the store keeps each pattern once.</summary>
    public RotaPattern? PatternInUse() => Patterns.IsDefaultOrEmpty ? null : Patterns[^1];

    public bool IsEmpty => Shifts.IsDefaultOrEmpty && Patterns.IsDefaultOrEmpty;

    public Shift? ShiftById(string shiftId) => Shifts.FirstOrDefault(s => s.Id == shiftId);

    public ShiftSwap? SwapById(string swapId) => Swaps.FirstOrDefault(s => s.Id == swapId);
}
