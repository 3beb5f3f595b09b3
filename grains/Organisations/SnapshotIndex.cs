using System.Collections.Frozen;
using System.Collections.Immutable;
using SupportGrains.Grains.Matches;
using SupportGrains.Grains.People;
using SupportGrains.Grains.Staff;
using SupportGrains.Silo;

namespace SupportGrains.Grains.Organisations;

/// <summary>
/// Lookups over one snapshot: who knows which person (a recorded link either way, or being in the
/// person's team), when they last spent time together, which colleagues know each other, and the
/// matches of each person and colleague. Built once, never changed afterwards.
/// </summary>
[Immutable]
internal sealed class SnapshotIndex
{
    private readonly FrozenSet<(string StaffId, string PersonId)> _knows;
    private readonly FrozenDictionary<(string StaffId, string PersonId), DateOnly> _lastTogether;
    private readonly FrozenSet<(string A, string B)> _colleagues;
    private readonly FrozenDictionary<string, ImmutableArray<MatchView>> _matchesByPerson;
    private readonly FrozenDictionary<string, ImmutableArray<string>> _teamPeopleByStaff;
    private readonly FrozenDictionary<string, PersonView> _people;

    public SnapshotIndex(ImmutableArray<PersonView> people, ImmutableArray<StaffView> staff, ImmutableArray<MatchView> matches)
    {
        var knows = new HashSet<(string, string)>();
        var last = new Dictionary<(string, string), DateOnly>();
        var colleagues = new HashSet<(string, string)>();
        void Together(string staffId, string personId, DateOnly on)
        {
            knows.Add((staffId, personId));
            if (!last.TryGetValue((staffId, personId), out var known) || on > known)
            {
                last[(staffId, personId)] = on;
            }
        }

        foreach (var colleague in staff)
        {
            foreach (var link in colleague.KnowsPeople)
            {
                Together(colleague.Id, link.OtherId, link.LastTogetherOn);
            }

            foreach (var link in colleague.KnowsStaff)
            {
                colleagues.Add((colleague.Id, link.OtherId));
                colleagues.Add((link.OtherId, colleague.Id));
            }
        }

        foreach (var person in people)
        {
            foreach (var link in person.KnownBy)
            {
                Together(link.OtherId, person.Id, link.LastTogetherOn);
            }
        }

        foreach (var match in matches.Where(m => m.IsTeamMembership))
        {
            knows.Add((match.StaffId, match.PersonId));
        }

        _knows = knows.ToFrozenSet();
        _lastTogether = last.ToFrozenDictionary();
        _colleagues = colleagues.ToFrozenSet();
        _matchesByPerson = matches.GroupBy(m => m.PersonId).ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray());
        _teamPeopleByStaff = matches.Where(m => m.IsTeamMembership).GroupBy(m => m.StaffId)
            .ToFrozenDictionary(g => g.Key, g => g.Select(m => m.PersonId).Distinct().ToImmutableArray());
        _people = people.ToFrozenDictionary(p => p.Id);
    }

    /// <summary>A link recorded either way, or the colleague is in the person's team (INDUCTION or MATCHED).</summary>
    public bool Knows(string staffId, string personId) => _knows.Contains((staffId, personId));

    /// <summary>The latest day the two spent time together, from links recorded either way; null when none is recorded.</summary>
    public DateOnly? LastTogether(string staffId, string personId) => _lastTogether.TryGetValue((staffId, personId), out var on) ? on : null;

    public bool KnowsColleague(string a, string b) => _colleagues.Contains((a, b));

    /// <summary>Every match of a person, in the order they were started.</summary>
    public ImmutableArray<MatchView> MatchesOf(string personId) => _matchesByPerson.TryGetValue(personId, out var found) ? found : [];

    /// <summary>The people whose team a colleague is in (each once).</summary>
    public ImmutableArray<string> TeamPeopleOf(string staffId) => _teamPeopleByStaff.TryGetValue(staffId, out var found) ? found : [];

    public PersonView? Person(string personId) => _people.GetValueOrDefault(personId);
}
