using System.Collections.Immutable;
using SupportGrains.Grains.Matches;
using SupportGrains.Grains.People;

namespace SupportGrains.Api.Application;

/// <summary>
/// A match as the match board shows it: the match, its person, the colleague's (or candidate's)
/// name, the MATCHED colleagues of the team a shadow shift can be alongside, and whether the
/// signed-in user may change it (the access policy's answer, for the page to offer the controls).
/// </summary>
public sealed record BoardMatch(Match Match, PersonView Person, string StaffName, ImmutableArray<Colleague> MatchedColleagues, bool CanManage);
