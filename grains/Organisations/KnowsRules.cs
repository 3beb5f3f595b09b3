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
    public static bool Knows(OrganisationSnapshot snapshot, StaffView staff, PersonView person, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return snapshot.Index.Knows(staff.Id, person.Id);
    }

    /// <summary>The latest day a colleague and a person spent time together, from links recorded either way.</summary>
    public static DateOnly? LastTogether(OrganisationSnapshot snapshot, StaffView staff, PersonView person)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return snapshot.Index.LastTogether(staff.Id, person.Id);
    }

    public static bool KnowsColleague(OrganisationSnapshot snapshot, StaffView a, StaffView b)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return snapshot.Index.KnowsColleague(a.Id, b.Id);
    }

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
            && (!includeStaff || staff.All(other => other.Id == s.Id || KnowsColleague(snapshot, s, other))))];
    }

    /// <summary>
    /// DOMAIN.md LEADER_CONTACT_STALE, the one place it is decided: judged on <paramref name="judgedOn"/>
    /// (the earlier of the day asked about and today, as nobody knows future visits), a leader who
    /// knows a person is stale when their last recorded time together is more than the leader
    /// contact days before it, or was never recorded.
    /// </summary>
    public static bool IsStale(OrganisationSnapshot snapshot, StaffView leader, PersonView person, DateOnly judgedOn, out DateOnly? lastTogether)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        lastTogether = LastTogether(snapshot, leader, person);
        return lastTogether is not { } last || judgedOn.DayNumber - last.DayNumber > snapshot.Organisation.Guidance.LeaderContactDays;
    }

    /// <summary>The day leader contact is judged on: the earlier of the day asked about and today.</summary>
    public static DateOnly JudgedOn(DateOnly asOf, DateOnly today) => asOf < today ? asOf : today;

    /// <summary>
    /// Pairs that should know each other and don't, or (leaders) haven't been together within the
    /// leader contact days. With <paramref name="leadersOnly"/>: current leaders and current people.
    /// Otherwise also every other current colleague with every current person they do not know,
    /// and colleagues in the same team who do not know each other.
    /// </summary>
    public static ImmutableArray<KnowsGap> Gaps(OrganisationSnapshot snapshot, bool leadersOnly, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var people = snapshot.CurrentPeople(day).ToList();
        var staff = snapshot.CurrentStaff(day).ToList();
        var gaps = new List<KnowsGap>();
        foreach (var colleague in staff.Where(s => !leadersOnly || s.IsLeader))
        {
            foreach (var person in people)
            {
                if (!Knows(snapshot, colleague, person, day))
                {
                    gaps.Add(new KnowsGap(colleague.Id, person.Id, null, null) { Kind = KnowsGapKind.DoesNotKnow });
                }
                else if (colleague.IsLeader && IsStale(snapshot, colleague, person, day, out var last))
                {
                    gaps.Add(new KnowsGap(colleague.Id, person.Id, null, last) { Kind = last is null ? KnowsGapKind.NoTimeTogetherRecorded : KnowsGapKind.NotRecentlyTogether });
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
                        if (!KnowsColleague(snapshot, team[i], team[j]) && !gaps.Any(g => g.StaffId == team[i].Id && g.ColleagueId == team[j].Id))
                        {
                            gaps.Add(new KnowsGap(team[i].Id, null, team[j].Id, null) { Kind = KnowsGapKind.DoesNotKnow });
                        }
                    }
                }
            }
        }

        return [.. gaps];
    }

    /// <summary>A colleague's place in the organisation on a day (only people and colleagues current on it).</summary>
    public static StaffConnections ConnectionsOf(OrganisationSnapshot snapshot, string staffId, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (!snapshot.StaffById.ContainsKey(staffId))
        {
            return StaffConnections.None;
        }

        bool CurrentPerson(string id) => snapshot.Index.Person(id)?.IsCurrentOn(day) == true;
        bool CurrentColleague(string id) => snapshot.StaffById.TryGetValue(id, out var s) && s.IsCurrentOn(day);
        var teams = snapshot.Index.TeamPeopleOf(staffId).Where(CurrentPerson).ToList();
        var leads = snapshot.LedBy(staffId).Where(CurrentPerson).ToList();
        var teammates = teams.Concat(leads).Distinct()
            .SelectMany(p => snapshot.Index.MatchesOf(p).Where(m => m.IsTeamMembership).Select(m => m.StaffId).Concat(snapshot.TeamLeaders.GetValueOrDefault(p, [])))
            .Where(id => id != staffId && CurrentColleague(id)).Distinct();
        return new StaffConnections(
            [.. teams],
            [.. snapshot.Index.PeopleKnownBy(staffId).Where(CurrentPerson)],
            [.. snapshot.Index.ColleaguesOf(staffId).Where(CurrentColleague)],
            [.. snapshot.Index.MatchesOfStaff(staffId).Select(m => m.Id)])
        {
            LeadsPersonIds = [.. leads],
            TeammateIds = [.. teammates],
        };
    }

    /// <summary>The colleagues current on the day who know a person: a recorded link, or being in the person's team.</summary>
    public static ImmutableArray<string> KnownBy(OrganisationSnapshot snapshot, string personId, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return [.. snapshot.Staff.Where(s => s.IsCurrentOn(day) && snapshot.Index.Knows(s.Id, personId)).Select(s => s.Id)];
    }
}
