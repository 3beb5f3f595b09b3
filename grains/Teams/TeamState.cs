using System.Collections.Immutable;
using SupportGrains.Grains.Matches;

namespace SupportGrains.Grains.Teams;

/// <summary>
/// What the team around a person keeps: every match made for the person, at any stage. The team
/// owns its matches, so each change to a match is one write of one grain.
/// </summary>
[GenerateSerializer, Immutable]
[Alias("SupportGrains.TeamState")]
public sealed record TeamState
{
    [Id(0)]
    public string PersonId { get; init; } = "";

    [Id(1)]
    public string OrganisationId { get; init; } = "";

    /// <summary>Oldest first.</summary>
    [Id(2)]
    public ImmutableArray<Match> Matches { get; init; } = [];

    /// <summary>The team leaders who lead this team (they manage its matches, reviews, hours and rota).</summary>
    [Id(3)]
    public ImmutableArray<string> LeaderStaffIds { get; init; } = [];

    public static TeamState Empty(string personId) => new() { PersonId = personId };

    public Match? MatchById(string matchId) => Matches.FirstOrDefault(m => m.Id == matchId);
}
