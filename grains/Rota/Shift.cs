using System.Collections.Immutable;

namespace SupportGrains.Grains.Rota;

/// <summary>
/// A shift in the team around a person: a day, start and end (an end at or before the start is on
/// the next day), a kind, and a colleague or none (an open shift). Kept with its history; a
/// cancelled shift stays, marked with who cancelled it and when.
/// </summary>
[GenerateSerializer, Immutable]
[Alias("SupportGrains.Shift")]
public sealed record Shift(
    string Id,
    string PersonId,
    DateOnly Day,
    TimeOnly Start,
    TimeOnly End,
    ShiftKind Kind,
    string? StaffId,
    string? Note,
    ImmutableArray<ShiftEvent> History)
{
    /// <summary>The pattern the shift was made from; null when it was added by hand.</summary>
    [Id(0)]
    public int? PatternNumber { get; init; }

    [Id(1)]
    public ShiftCancellation? Cancellation { get; init; }

    public bool IsCancelled => Cancellation is not null;

    public bool IsOpen => StaffId is null;
}
