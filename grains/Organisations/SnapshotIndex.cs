using System.Collections.Frozen;
using System.Collections.Immutable;
using SupportGrains.Grains.Knows;
using SupportGrains.Grains.Matches;
using SupportGrains.Grains.People;

namespace SupportGrains.Grains.Organisations;

/// <summary>
/// Lookups over one snapshot: who knows which person (a recorded link, or being in the person's
/// team), when they last spent time together, which colleagues know each other, and the matches of
/// each person and colleague. Built once, never changed afterwards.
/// </summary>
internal sealed class SnapshotIndex
{
    private readonly FrozenSet<(string StaffId, string PersonId)> _knows;
    private readonly FrozenDictionary<(string StaffId, string PersonId), DateOnly> _lastTogether;
    private readonly FrozenDictionary<string, ImmutableArray<string>> _colleagues;
    private readonly FrozenDictionary<string, ImmutableArray<string>> _peopleKnownBy;
    private readonly FrozenDictionary<string, ImmutableArray<Match>> _matchesByPerson;
    private readonly FrozenDictionary<string, ImmutableArray<Match>> _matchesByStaff;
    private readonly FrozenDictionary<string, PersonView> _people;

    public SnapshotIndex(ImmutableArray<PersonView> people, ImmutableArray<Match> matches, ImmutableArray<KnowsLink> links)
    {
        var knows = new HashSet<(string, string)>();
        var last = new Dictionary<(string, string), DateOnly>();
        var colleagues = new Dictionary<string, List<string>>();
        foreach (var link in links)
        {
            if (link.PersonId is { } personId)
            {
                knows.Add((link.StaffId, personId));
                last[(link.StaffId, personId)] = link.LastTogetherOn;
            }
            else if (link.ColleagueId is { } colleagueId)
            {
                Add(colleagues, link.StaffId, colleagueId);
                Add(colleagues, colleagueId, link.StaffId);
            }
        }

        foreach (var match in matches.Where(m => m.IsTeamMembership))
        {
            knows.Add((match.StaffId, match.PersonId));
        }

        _knows = knows.ToFrozenSet();
        _lastTogether = last.ToFrozenDictionary();
        _colleagues = colleagues.ToFrozenDictionary(c => c.Key, c => c.Value.ToImmutableArray());
        _peopleKnownBy = knows.GroupBy(k => k.Item2).ToFrozenDictionary(g => g.Key, g => g.Select(k => k.Item1).ToImmutableArray());
        _matchesByPerson = matches.GroupBy(m => m.PersonId).ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray());
        _matchesByStaff = matches.GroupBy(m => m.StaffId).ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray());
        _people = people.ToFrozenDictionary(p => p.Id);

        static void Add(Dictionary<string, List<string>> to, string key, string value)
        {
            if (!to.TryGetValue(key, out var list))
            {
                to[key] = list = [];
            }

            list.Add(value);
        }
    }

    /// <summary>A recorded link, or the colleague is in the person's team (INDUCTION or MATCHED).</summary>
    public bool Knows(string staffId, string personId) => _knows.Contains((staffId, personId));

    /// <summary>The latest day the two spent time together; null when none is recorded.</summary>
    public DateOnly? LastTogether(string staffId, string personId) => _lastTogether.TryGetValue((staffId, personId), out var on) ? on : null;

    public bool KnowsColleague(string a, string b) => _colleagues.TryGetValue(a, out var known) && known.Contains(b);

    /// <summary>The colleagues a colleague knows, through recorded links.</summary>
    public ImmutableArray<string> ColleaguesOf(string staffId) => _colleagues.TryGetValue(staffId, out var known) ? known : [];

    /// <summary>The colleagues who know a person (a recorded link or being in the team).</summary>
    public ImmutableArray<string> KnownBy(string personId) => _peopleKnownBy.TryGetValue(personId, out var found) ? found : [];

    /// <summary>Every match of a person, in the order they were started.</summary>
    public ImmutableArray<Match> MatchesOf(string personId) => _matchesByPerson.TryGetValue(personId, out var found) ? found : [];

    /// <summary>Every match of a colleague.</summary>
    public ImmutableArray<Match> MatchesOfStaff(string staffId) => _matchesByStaff.TryGetValue(staffId, out var found) ? found : [];

    /// <summary>The people whose team a colleague is in (each once).</summary>
    public IEnumerable<string> TeamPeopleOf(string staffId) => MatchesOfStaff(staffId).Where(m => m.IsTeamMembership).Select(m => m.PersonId).Distinct();

    /// <summary>The people a colleague knows: recorded links and the teams they are in.</summary>
    public IEnumerable<string> PeopleKnownBy(string staffId) => _people.Keys.Where(p => _knows.Contains((staffId, p)));

    public PersonView? Person(string personId) => _people.GetValueOrDefault(personId);
}
