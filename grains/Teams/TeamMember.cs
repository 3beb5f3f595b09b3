using SupportGrains.Grains.Matches;

namespace SupportGrains.Grains.Teams;

/// <summary>A colleague in the team around a person, through their match, with the hours a week allocated.</summary>
[GenerateSerializer, Immutable]
[Alias("SupportGrains.TeamMember")]
public sealed record TeamMember(string StaffId, string MatchId, MatchStage Stage, double HoursPerWeek);
