namespace SupportGrains.Grains.Matches;

/// <summary>A stage a match reached, when, and why.</summary>
public sealed record MatchEvent(MatchStage Stage, DateTimeOffset At, string? Note);
