namespace SupportGrains.Grains.Rota;

/// <summary>That a shift was cancelled: by whom (when known), when, and why. A cancelled shift is kept, never deleted.</summary>
[GenerateSerializer, Immutable]
[Alias("SupportGrains.ShiftCancellation")]
public sealed record ShiftCancellation(string? By, DateTimeOffset At, string? Reason);
