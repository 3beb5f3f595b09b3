using SupportGrains.Grains.Matches;
using SupportGrains.Grains.People;
using SupportGrains.Grains.Staff;

namespace SupportGrains.Grains.Teams;

/// <summary>
/// DOMAIN.md: a colleague is in a person's team while their match is at INDUCTION or MATCHED;
/// covered hours are the allocated hours of MATCHED members who are available on the day, unless
/// the team has a rota for the week (then the rota's covered hours are given).
/// </summary>
public static class TeamRules
{
    public static TeamView Build(PersonView person, IEnumerable<Match> matches, IReadOnlyDictionary<string, StaffView> staff, DateOnly day, double? rotaCoveredHours = null)
    {
        ArgumentNullException.ThrowIfNull(person);
        var members = matches
            .Where(m => m.PersonId == person.Id && m.IsTeamMembership)
            .Select(m => new TeamMember(m.StaffId, m.Id, m.Stage, m.HoursOn(day)))
            .ToList();
        return new TeamView(person.TeamId, person.Id, [.. members], person.FundedHoursOn(day), rotaCoveredHours ?? CoveredHours(members, staff, day))
        {
            CoveredHoursFrom = rotaCoveredHours is null ? CoveredHoursSource.AllocatedHours : CoveredHoursSource.Rota,
        };
    }

    public static double CoveredHours(IEnumerable<TeamMember> members, IReadOnlyDictionary<string, StaffView> staff, DateOnly day) =>
        members
            .Where(m => m.Stage == MatchStage.Matched
                && staff.TryGetValue(m.StaffId, out var colleague)
                && colleague.IsCurrentOn(day)
                && colleague.IsAvailableOn(day))
            .Sum(m => m.HoursPerWeek)
            .RoundHours();
}
