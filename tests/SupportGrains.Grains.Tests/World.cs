using System.Collections.Immutable;
using SupportGrains.Grains.Knows;
using SupportGrains.Grains.Matches;
using SupportGrains.Grains.Organisations;
using SupportGrains.Grains.People;
using SupportGrains.Grains.Staff;

namespace SupportGrains.Grains.Tests;

/// <summary>Builds organisation snapshots for rule tests: people, staff, matches, knows, availability, on a fixed "today".</summary>
internal sealed class World
{
    public static readonly DateOnly Today = new(2026, 11, 24);
    private readonly List<PersonView> _people = [];
    private readonly List<StaffView> _staff = [];
    private readonly List<Match> _matches = [];
    private ImmutableArray<KnowsLink> _links = [];

    public World(DateOnly? startedOn = null, SizeGuidance? guidance = null, int fundedPosts = 0)
    {
        StartedOn = startedOn ?? Today.AddYears(-3);
        Guidance = guidance ?? SizeGuidance.Default;
        FundedPosts = fundedPosts;
    }

    public DateOnly StartedOn { get; }

    public SizeGuidance Guidance { get; }

    public int FundedPosts { get; }

    public OrganisationSettings Settings { get; init; } = OrganisationSettings.Default;

    public PersonView Person(string id, DateOnly? startedOn = null, DateOnly? endedOn = null, double funded = 0, string? name = null)
    {
        var person = new PersonView(id, "org", name ?? "Person " + id, startedOn ?? StartedOn, endedOn, funded, 1, OnePageProfile.Empty, [], null);
        _people.Add(person);
        return person;
    }

    public IReadOnlyList<PersonView> People(int count, DateOnly? startedOn = null) =>
        [.. Enumerable.Range(1, count).Select(i => Person($"p{_people.Count + 1}", startedOn))];

    public StaffView Staff(string id, bool leader = false, ContractType contract = ContractType.Permanent, DateOnly? startedOn = null, DateOnly? leftOn = null,
        ImmutableArray<AvailabilityChange> availability = default, string? name = null, double contracted = 37.5, bool candidate = false)
    {
        var staff = new StaffView(id, "org", name ?? "Staff " + id, leader ? "Team leader" : "Support worker", leader, contract, candidate ? null : startedOn ?? StartedOn, leftOn, null, contracted, [], null,
            availability.IsDefault ? [] : availability);
        _staff.Add(staff);
        return staff;
    }

    public Match Match(PersonView person, StaffView staff, MatchStage stage, double hours = 0)
    {
        var match = new Match($"m{_matches.Count + 1}-{person.Id}", "org", person.Id, staff.Id, stage, [], [], 0, hours, null);
        _matches.Add(match);
        return match;
    }

    /// <summary>Changes a match of the world (its history, its reviews), as the team around the person would.</summary>
    public Match Change(Match match, Func<Match, Match> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var changed = change(match);
        _matches[_matches.IndexOf(match)] = changed;
        return changed;
    }

    /// <summary>Records that a colleague knows a person, as the knows grain does.</summary>
    public void Knows(StaffView staff, PersonView person, DateOnly lastTogetherOn) =>
        _links = KnowsLinks.Record(_links, staff.Id, person.Id, null, lastTogetherOn);

    public void KnowsColleague(StaffView a, StaffView b, DateOnly lastTogetherOn) =>
        _links = KnowsLinks.Record(_links, a.Id, null, b.Id, lastTogetherOn);

    public OrganisationSnapshot Snapshot() => new(
        new OrganisationView("org", "Test organisation", StartedOn, FundedPosts, [], Guidance, [.. _people.Select(p => p.Id)], [.. _staff.Select(s => s.Id)], Settings),
        [.. _people], [.. _staff], [.. _matches], _links);
}
