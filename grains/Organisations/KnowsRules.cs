using System.Collections.Immutable;
using SupportGrains.Grains.People;
using SupportGrains.Grains.Staff;

namespace SupportGrains.Grains.Organisations;

/// <summary>
/// Who knows whom (DOMAIN.md "Knows", "Who knows everyone"). Knowing is recorded both ways, and
/// the members of a person's team count as knowing the person.
/// </summary>
public static class KnowsRules
{
    /// <summary>Whether a colleague knows a person.</summary>
    public static bool Knows(OrganisationSnapshot snapshot, StaffView staff, PersonView person, DateOnly day) =>
        staff.KnowsPeople.Any(l => l.OtherId == person.Id)
        || person.KnownBy.Any(l => l.OtherId == staff.Id)
        || snapshot.Matches.Any(m => m.StaffId == staff.Id && m.PersonId == person.Id && m.IsTeamMembership);

    /// <summary>When a colleague and a person last spent time together, if that was recorded.</summary>
    public static DateOnly? LastTogether(StaffView staff, PersonView person)
    {
        var dates = staff.KnowsPeople.Where(l => l.OtherId == person.Id).Select(l => l.LastTogetherOn)
            .Concat(person.KnownBy.Where(l => l.OtherId == staff.Id).Select(l => l.LastTogetherOn))
            .ToList();
        return dates.Count == 0 ? null : dates.Max();
    }

    /// <summary>Whether two colleagues know each other.</summary>
    public static bool KnowsColleague(StaffView a, StaffView b) =>
        a.KnowsStaff.Any(l => l.OtherId == b.Id) || b.KnowsStaff.Any(l => l.OtherId == a.Id);

    /// <summary>
    /// Current staff who know every current person — and, with <paramref name="includeStaff"/>,
    /// every other current colleague. With no current people, every current colleague qualifies.
    /// </summary>
    public static ImmutableArray<StaffView> WhoKnowsEveryone(OrganisationSnapshot snapshot, bool includeStaff, DateOnly day)
    {
        var people = snapshot.CurrentPeople(day).ToList();
        var staff = snapshot.CurrentStaff(day).ToList();
        return [.. staff.Where(s =>
            people.All(p => Knows(snapshot, s, p, day))
            && (!includeStaff || staff.All(other => other.Id == s.Id || KnowsColleague(s, other))))];
    }

    /// <summary>
    /// Pairs that should know each other and don't, or haven't been together for longer than the
    /// leader contact days. With <paramref name="leadersOnly"/>: current leaders and current people.
    /// Otherwise also every other current colleague with every current person they do not know,
    /// and colleagues in the same team who do not know each other.
    /// </summary>
    public static ImmutableArray<KnowsGap> Gaps(OrganisationSnapshot snapshot, bool leadersOnly, DateOnly day)
    {
        var people = snapshot.CurrentPeople(day).ToList();
        var staff = snapshot.CurrentStaff(day).ToList();
        var contactDays = snapshot.Organisation.Guidance.LeaderContactDays;
        var gaps = new List<KnowsGap>();
        foreach (var colleague in staff.Where(s => !leadersOnly || s.IsLeader))
        {
            foreach (var person in people)
            {
                var knows = Knows(snapshot, colleague, person, day);
                var last = LastTogether(colleague, person);
                if (!knows)
                {
                    gaps.Add(new KnowsGap(colleague.Id, person.Id, null, null));
                }
                else if (colleague.IsLeader && last is { } together && day.DayNumber - together.DayNumber > contactDays)
                {
                    gaps.Add(new KnowsGap(colleague.Id, person.Id, null, together));
                }
            }
        }

        if (!leadersOnly)
        {
            foreach (var person in people)
            {
                var team = snapshot.TeamOf(person, day).Members.Select(m => m.StaffId).Distinct()
                    .Select(id => snapshot.StaffById.GetValueOrDefault(id)).OfType<StaffView>().Where(s => s.IsCurrentOn(day)).ToList();
                for (var i = 0; i < team.Count; i++)
                {
                    for (var j = i + 1; j < team.Count; j++)
                    {
                        if (!KnowsColleague(team[i], team[j]) && !gaps.Any(g => g.StaffId == team[i].Id && g.ColleagueId == team[j].Id))
                        {
                            gaps.Add(new KnowsGap(team[i].Id, null, team[j].Id, null));
                        }
                    }
                }
            }
        }

        return [.. gaps];
    }
}
