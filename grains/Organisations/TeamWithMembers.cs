using System.Collections.Immutable;
using SupportGrains.Grains.Matches;
using SupportGrains.Grains.People;
using SupportGrains.Grains.Staff;
using SupportGrains.Grains.Teams;

namespace SupportGrains.Grains.Organisations;

/// <summary>
/// The team around a person on a day, with its members' views and matches and the person's own view,
/// all from the organisation's kept snapshot (one consistent answer for a question about a person and their team).
/// </summary>
[GenerateSerializer, Immutable]
[Alias("SupportGrains.TeamWithMembers")]
public sealed record TeamWithMembers(TeamView Team, ImmutableArray<StaffView> Members, ImmutableArray<Match> Matches, PersonView Person);
