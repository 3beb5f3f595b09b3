using System.Collections.Immutable;

namespace SupportGrains.Grains.Teams;

/// <summary>What a team's grain keeps.</summary>
public sealed record TeamState
{
    public ImmutableArray<string> MatchIds { get; init; } = [];
}
