namespace SupportGrains.Grains.Rota;

/// <summary>A shift of a rota pattern: which week of the pattern (1 first), the weekday, times, kind, and the colleague (none for an open shift).</summary>
[GenerateSerializer, Immutable]
[Alias("SupportGrains.ShiftTemplate")]
public sealed record ShiftTemplate(int Week, Weekday Weekday, TimeOnly Start, TimeOnly End, ShiftKind Kind, string? StaffId = null, string? Note = null);
