using System.Collections.Immutable;
using SupportGrains.Grains.Knows;
using SupportGrains.Grains.Matches;
using SupportGrains.Grains.People;
using SupportGrains.Grains.Rota;
using SupportGrains.Grains.Staff;
using SupportGrains.Grains.Teams;

namespace SupportGrains.Grains.Organisations;

/// <summary>The organisation with the live views of its people, staff, matches and knows links: what organisation-wide questions are answered from.</summary>
public sealed record OrganisationSnapshot(
    OrganisationView Organisation,
    ImmutableArray<PersonView> People,
    ImmutableArray<StaffView> Staff,
    ImmutableArray<Match> Matches,
    ImmutableArray<KnowsLink> Links)
{
    private readonly ImmutableArray<RotaState> _rotas = [];

    public ImmutableDictionary<string, StaffView> StaffById { get; } = Staff.ToImmutableDictionary(s => s.Id);

    /// <summary>The team leaders of each person's team, by person id.</summary>
    public ImmutableDictionary<string, ImmutableArray<string>> TeamLeaders { get; init; } = ImmutableDictionary<string, ImmutableArray<string>>.Empty;

    /// <summary>The people whose teams a colleague leads.</summary>
    public IEnumerable<string> LedBy(string staffId) => TeamLeaders.Where(t => t.Value.Contains(staffId)).Select(t => t.Key);

    /// <summary>The rota of each person's team (people with no shifts and no pattern may be left out).</summary>
    public ImmutableArray<RotaState> Rotas
    {
        get => _rotas;
        init
        {
            _rotas = value.IsDefault ? [] : value;
            RotaIndex = new RotaIndex(_rotas);
        }
    }

    /// <summary>Each person's rota and each colleague's shifts, indexed once per snapshot.</summary>
    internal RotaIndex RotaIndex { get; private init; } = RotaIndex.Empty;

    /// <summary>Who knows whom and who is in whose team, indexed once per snapshot so each question is a lookup.</summary>
    internal SnapshotIndex Index { get; } = new(People, Matches, Links);

    public IEnumerable<PersonView> CurrentPeople(DateOnly day) => People.Where(p => p.IsCurrentOn(day));

    public IEnumerable<StaffView> CurrentStaff(DateOnly day) => Staff.Where(s => s.IsCurrentOn(day));

    /// <summary>The team around a person on a day; its covered hours come from the rota when the team has one for that week.</summary>
    public TeamView TeamOf(PersonView person, DateOnly day) => TeamRules.Build(person, Index.MatchesOf(person.Id), StaffById, day, RotaWeekRules.CoveredHours(this, person, day));

    /// <summary>How many teams a colleague belongs to (matches at INDUCTION or MATCHED, with people current on the day).</summary>
    public int TeamCount(StaffView staff, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(staff);
        return Index.TeamPeopleOf(staff.Id).Count(id => Index.Person(id)?.IsCurrentOn(day) == true);
    }
}
