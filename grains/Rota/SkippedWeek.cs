namespace SupportGrains.Grains.Rota;

/// <summary>A week a pattern was not applied to, and why.</summary>
[GenerateSerializer, Immutable]
[Alias("SupportGrains.SkippedWeek")]
public sealed record SkippedWeek(DateOnly Week, string Reason);
