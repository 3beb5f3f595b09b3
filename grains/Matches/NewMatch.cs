namespace SupportGrains.Grains.Matches;

/// <summary>A match starting between a person and a colleague or candidate.</summary>
public sealed record NewMatch(string OrganisationId, string PersonId, string StaffId, MatchStage Stage, string? Note = null);
