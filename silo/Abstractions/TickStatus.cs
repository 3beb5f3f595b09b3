namespace SupportGrains.Silo;

/// <summary>When a reminder tick was due and when it fired.</summary>
public readonly record struct TickStatus(DateTimeOffset FirstTickAt, TimeSpan Period, DateTimeOffset CurrentTickAt);
