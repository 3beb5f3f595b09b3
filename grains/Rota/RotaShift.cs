using System.Collections.Immutable;
using SupportGrains.Grains.Matches;

namespace SupportGrains.Grains.Rota;

/// <summary>A shift as the organisation reads it: the hours it counts, the colleague's stage in the team, and its clashes.</summary>
[GenerateSerializer, Immutable]
[Alias("SupportGrains.RotaShift")]
public sealed record RotaShift(Shift Shift, double Hours, MatchStage? Stage, ImmutableArray<Clash> Clashes)
{
    public string Id => Shift.Id;

    public string PersonId => Shift.PersonId;

    public DateOnly Day => Shift.Day;

    public TimeOnly Start => Shift.Start;

    public TimeOnly End => Shift.End;

    public bool EndsNextDay => ShiftTimes.EndsNextDay(Shift.Start, Shift.End);

    public ShiftKind Kind => Shift.Kind;

    public string? StaffId => Shift.StaffId;

    public bool IsOpen => Shift.IsOpen;

    public string? Note => Shift.Note;

    public int? FromPattern => Shift.PatternNumber;

    public ImmutableArray<ShiftEvent> History => Shift.History;

    public ShiftCancellation? Cancelled => Shift.Cancellation;
}
