using System.Collections.Immutable;
using SupportGrains.Grains.Due;
using SupportGrains.Grains.People;
using SupportGrains.Grains.Staff;
using SupportGrains.Grains.Teams;

namespace SupportGrains.Grains.Organisations;

/// <summary>
/// A Small Supports organisation: who belongs to it, its size guidance, and the organisation-wide
/// questions, answered from the live grains of its people, staff, teams and who knows whom
/// (gathered in parallel and kept until one of them reports a change).
/// </summary>
[Alias("SupportGrains.IOrganisationGrain")]
public interface IOrganisationGrain : IGrainWithStringKey
{
    /// <summary>Creates the organisation (the catalog calls this); refuses if this id exists already.</summary>
    [Alias("Create")]
    Task<OrganisationView> CreateAsync(NewOrganisation organisation, ChangeContext change);

    [ReadOnly, Alias("Get")]
    Task<OrganisationView?> GetAsync();

    /// <summary>
    /// Takes a person on: runs the size check as of the day their support starts, refuses RED with
    /// SIZE_GUIDANCE_RED unless an override reason is given, then lists and creates the person.
    /// </summary>
    [Alias("AddPerson")]
    Task<PersonView> AddPersonAsync(NewPerson person, ChangeContext change);

    /// <summary>A colleague joins: listed, then created.</summary>
    [Alias("AddStaffMember")]
    Task<StaffView> AddStaffMemberAsync(NewStaffMember staff, ChangeContext change);

    /// <summary>Someone comes forward as a candidate: listed with the colleagues, created as a candidate (not staff until they start employment).</summary>
    [Alias("AddCandidate")]
    Task<StaffView> AddCandidateAsync(NewCandidate candidate, ChangeContext change);

    /// <summary>Changes the size guidance figures.</summary>
    [Alias("SetGuidance")]
    Task<OrganisationView> SetGuidanceAsync(SizeGuidance guidance, ChangeContext change);

    /// <summary>Changes how the organisation runs its rota and reviews.</summary>
    [Alias("SetSettings")]
    Task<OrganisationView> SetSettingsAsync(OrganisationSettings settings, ChangeContext change);

    /// <summary>
    /// Told by a person, colleague, team or the knows grain of the organisation after each change it
    /// saves, before that change is acknowledged, so the next question sees it. Interleaves with
    /// everything (it only forgets the kept snapshot), so it never waits for a fan-out that may be
    /// waiting for its caller.
    /// </summary>
    [AlwaysInterleave, Alias("SnapshotChanged")]
    Task SnapshotChangedAsync();

    /// <summary>The size check on a day, as if <paramref name="adding"/> more people were taken on.</summary>
    [ReadOnly, Alias("SizeCheck")]
    Task<SizeCheck> SizeCheckAsync(int adding, DateOnly asOf);

    /// <summary>Current staff who know every current person (and every colleague, with <paramref name="includeStaff"/>).</summary>
    [ReadOnly, Alias("WhoKnowsEveryone")]
    Task<ImmutableArray<StaffView>> WhoKnowsEveryoneAsync(bool includeStaff, DateOnly asOf);

    [ReadOnly, Alias("KnowsGaps")]
    Task<ImmutableArray<KnowsGap>> KnowsGapsAsync(bool leadersOnly, DateOnly asOf);

    /// <summary>What taking on <paramref name="adding"/> more people by a day would mean against the size guidance, and whom to recruit.</summary>
    [ReadOnly, Alias("GrowthPlan")]
    Task<GrowthPlan> GrowthPlanAsync(int adding, DateOnly by);

    [ReadOnly, Alias("Workforce")]
    Task<WorkforceIndicators> WorkforceAsync(DateOnly asOf);

    /// <summary>Views of some of the organisation's people and colleagues, from its kept snapshot (those not its own are left out).</summary>
    [ReadOnly, Alias("Views")]
    Task<OrganisationViews> ViewsAsync(ImmutableArray<string> personIds, ImmutableArray<string> staffIds);

    /// <summary>The team around one of the organisation's people on a day; null when the person is not the organisation's.</summary>
    [ReadOnly, Alias("Team")]
    Task<TeamView?> TeamAsync(string personId, DateOnly day);

    /// <summary>The team around one of the organisation's people on a day with its members' views, in one call; null when the person is not the organisation's.</summary>
    [ReadOnly, Alias("TeamWithMembers")]
    Task<TeamWithMembers?> TeamWithMembersAsync(string personId, DateOnly day);

    /// <summary>Whom a colleague knows and works with on a day: the people whose teams they are in, the people and colleagues they know, their matches.</summary>
    [ReadOnly, Alias("ConnectionsOf")]
    Task<StaffConnections> ConnectionsOfAsync(string staffId, DateOnly day);

    /// <summary>The colleagues current on the day who know a person (a recorded link or being in the person's team).</summary>
    [ReadOnly, Alias("KnownBy")]
    Task<ImmutableArray<string>> KnownByAsync(string personId, DateOnly day);

    /// <summary>
    /// What is due (reviews, ends of induction, leaders' time with people, return-to-work
    /// conversations): due within <paramref name="withinDays"/> days of <paramref name="today"/>, or already, nearest first.
    /// </summary>
    [ReadOnly, Alias("Due")]
    Task<ImmutableArray<DueItem>> DueAsync(int withinDays, DateOnly today);

    /// <summary>What is due for one colleague: as the leader, the colleague back from sickness, or the colleague of the match.</summary>
    [ReadOnly, Alias("DueForStaff")]
    Task<ImmutableArray<DueItem>> DueForStaffAsync(string staffId, int withinDays, DateOnly today);
}
