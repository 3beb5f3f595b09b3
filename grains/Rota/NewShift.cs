namespace SupportGrains.Grains.Rota;

/// <summary>A shift being added by hand: the colleague is optional (an open shift), and so is who added it.</summary>
[GenerateSerializer, Immutable]
[Alias("SupportGrains.NewShift")]
public sealed record NewShift(DateOnly Day, TimeOnly Start, TimeOnly End, ShiftKind Kind, string? StaffId = null, string? Note = null, string? By = null);
