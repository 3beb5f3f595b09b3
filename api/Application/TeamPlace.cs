using SupportGrains.Grains.People;
using SupportGrains.Grains.Teams;

namespace SupportGrains.Api.Application;

/// <summary>A colleague's place in the team around a person: the person, the team today (members, funded and covered hours), and the colleague's own membership.</summary>
public sealed record TeamPlace(PersonView Person, TeamView Team, TeamMember? Member);
