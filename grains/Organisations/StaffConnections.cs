using System.Collections.Immutable;

namespace SupportGrains.Grains.Organisations;

/// <summary>A colleague's place in the organisation on a day: whose teams they are in, whom they know, their matches (oldest first).</summary>
[GenerateSerializer, Immutable]
[Alias("SupportGrains.StaffConnections")]
public sealed record StaffConnections(
    ImmutableArray<string> TeamPersonIds,
    ImmutableArray<string> KnowsPersonIds,
    ImmutableArray<string> KnowsStaffIds,
    ImmutableArray<string> MatchIds)
{
    public static StaffConnections None { get; } = new([], [], [], []);
}
