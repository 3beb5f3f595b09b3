namespace SupportGrains.Grains.Matches;

/// <summary>A stage a match reached, when, and why.</summary>
[GenerateSerializer, Immutable]
[Alias("SupportGrains.MatchEvent")]
public sealed record MatchEvent(MatchStage Stage, DateTimeOffset At, string? Note);
