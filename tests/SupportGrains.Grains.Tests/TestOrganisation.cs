using SupportGrains.Grains.Knows;
using SupportGrains.Grains.Matches;
using SupportGrains.Grains.Organisations;
using SupportGrains.Grains.People;
using SupportGrains.Grains.Staff;
using SupportGrains.Grains.Teams;
using SupportGrains.Testing;

namespace SupportGrains.Grains.Tests;

/// <summary>An organisation of its own for one test, made through the grains, with short ways to add to it.</summary>
internal sealed class TestOrganisation(IGrainFactory grains, OrganisationView view)
{
    public string Id => view.Id;

    public IOrganisationGrain Grain => grains.GetGrain<IOrganisationGrain>(view.Id);

    public IKnowsGrain Knows => grains.GetGrain<IKnowsGrain>(view.Id);

    public static async Task<TestOrganisation> CreateAsync(ClusterFixture cluster, DateOnly startedOn, int fundedPosts = 10)
    {
        var view = await cluster.Grains.GetGrain<IOrganisationCatalogGrain>(IOrganisationCatalogGrain.Key)
            .CreateOrganisationAsync(new NewOrganisation("Test " + Guid.NewGuid().ToString("N")[..6], startedOn, fundedPosts), ChangeContext.None);
        return new TestOrganisation(cluster.Grains, view);
    }

    public Task<PersonView> PersonAsync(string name, DateOnly startedOn, double funded = 40, string? overrideReason = null, string? key = null) =>
        Grain.AddPersonAsync(new NewPerson(Id, name, startedOn, funded, overrideReason), new ChangeContext(key));

    public Task<StaffView> StaffAsync(string name, DateOnly startedOn, bool leader = false, string? key = null) =>
        Grain.AddStaffMemberAsync(new NewStaffMember(Id, name, leader ? "Team leader" : "Support worker", leader, ContractType.Permanent, startedOn, 30), new ChangeContext(key));

    /// <summary>What the organisation's questions are answered from, gathered from the grains as the organisation does.</summary>
    public static async Task<OrganisationSnapshot> SnapshotAsync(IGrainFactory grains, string organisationId)
    {
        var view = (await grains.GetGrain<IOrganisationGrain>(organisationId).GetAsync())!;
        var people = await Task.WhenAll(view.PersonIds.Select(id => grains.GetGrain<IPersonGrain>(id).GetAsync()));
        var staff = await Task.WhenAll(view.StaffIds.Select(id => grains.GetGrain<IStaffMemberGrain>(id).GetAsync()));
        var teams = await Task.WhenAll(view.PersonIds.Select(id => grains.GetGrain<ITeamGrain>(id).GetAsync()));
        return new OrganisationSnapshot(view, [.. people.OfType<PersonView>()], [.. staff.OfType<StaffView>()],
            [.. teams.SelectMany(t => t.Matches)], await grains.GetGrain<IKnowsGrain>(organisationId).LinksAsync());
    }

    public ITeamGrain TeamOf(PersonView person) => grains.GetGrain<ITeamGrain>(person.Id);

    public Task<Match> MatchAsync(PersonView person, StaffView staff, MatchStage stage = MatchStage.Interested, string? key = null) =>
        TeamOf(person).StartMatchAsync(new NewMatch(staff.Id, stage), new ChangeContext(key));
}
