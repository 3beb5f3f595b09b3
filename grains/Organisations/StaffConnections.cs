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
    /// <summary>The people whose teams the colleague leads, as a team leader.</summary>
    [Id(0)]
    public ImmutableArray<string> LeadsPersonIds { get; init; } = [];

    /// <summary>The colleagues in the teams they are in or lead (not themselves).</summary>
    [Id(1)]
    public ImmutableArray<string> TeammateIds { get; init; } = [];

    public static StaffConnections None { get; } = new([], [], [], []);
}
