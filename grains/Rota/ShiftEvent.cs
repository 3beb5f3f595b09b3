namespace SupportGrains.Grains.Rota;

/// <summary>One thing that happened to a shift: who it was then given to (none when open), who did it, when, and why.</summary>
[GenerateSerializer, Immutable]
[Alias("SupportGrains.ShiftEvent")]
public sealed record ShiftEvent(ShiftChange What, string? StaffId, string? By, DateTimeOffset At, string? Note);
