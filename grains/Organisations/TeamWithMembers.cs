using System.Collections.Immutable;
using SupportGrains.Grains.Matches;
using SupportGrains.Grains.Staff;
using SupportGrains.Grains.Teams;

namespace SupportGrains.Grains.Organisations;

/// <summary>The team around a person on a day, with its members' views and matches from the organisation's kept snapshot.</summary>
[GenerateSerializer, Immutable]
[Alias("SupportGrains.TeamWithMembers")]
public sealed record TeamWithMembers(TeamView Team, ImmutableArray<StaffView> Members, ImmutableArray<Match> Matches);
