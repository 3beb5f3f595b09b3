namespace SupportGrains.Grains.Matches;

/// <summary>A match starting between the person of a team and a colleague or candidate.</summary>
[GenerateSerializer, Immutable]
[Alias("SupportGrains.NewMatch")]
public sealed record NewMatch(string StaffId, MatchStage Stage, string? Note = null);
