using SupportGrains.Grains.Matches;
using SupportGrains.Grains.Organisations;
using SupportGrains.Grains.People;
using SupportGrains.Grains.Staff;
using SupportGrains.Testing;

namespace SupportGrains.Grains.Tests.Common;

/// <summary>
/// Every change applies whole or not at all, even when the store fails part-way, and a change with
/// a client mutation id applies at most once. The store's faults are injected at each write the
/// change makes.
/// </summary>
public abstract class ChangeTests(ClusterFixture cluster) : IDisposable
{
    private DateOnly Today => cluster.Today;

    public void Dispose()
    {
        cluster.Faults.Clear();
        GC.SuppressFinalize(this);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task Taking_a_person_on_with_a_failure_at_either_write_leaves_no_person_and_a_retry_takes_them_on_once(int failingWrite)
    {
        var organisation = await TestOrganisation.CreateAsync(cluster, Today.AddYears(-2));
        var key = Guid.NewGuid().ToString();
        cluster.Faults.FailWriteNumber(failingWrite);

        var refused = await Assert.ThrowsAsync<DomainException>(() => organisation.PersonAsync("Sam", Today, key: key));
        cluster.Faults.Clear();
        var peopleAfterFailure = await PeopleAsync(organisation);
        var first = await organisation.PersonAsync("Sam", Today, key: key);
        var again = await organisation.PersonAsync("Sam", Today, key: key);

        Assert.Equal(ErrorCode.StoreUnavailable, refused.Code);
        Assert.Empty(peopleAfterFailure);
        Assert.Equal(first.Id, again.Id);
        Assert.Equal([first.Id], (await PeopleAsync(organisation)).Select(p => p.Id));
        Assert.Equal(1, (await organisation.Grain.SizeCheckAsync(0, Today)).PeopleSupported);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task A_colleague_joining_with_a_failure_at_either_write_leaves_no_colleague_and_a_retry_adds_them_once(int failingWrite)
    {
        var organisation = await TestOrganisation.CreateAsync(cluster, Today.AddYears(-2));
        var key = Guid.NewGuid().ToString();
        cluster.Faults.FailWriteNumber(failingWrite);

        await Assert.ThrowsAsync<DomainException>(() => organisation.StaffAsync("Alex", Today, key: key));
        cluster.Faults.Clear();
        var staffAfterFailure = await StaffAsync(organisation);
        var first = await organisation.StaffAsync("Alex", Today, key: key);
        await organisation.StaffAsync("Alex", Today, key: key);

        Assert.Empty(staffAfterFailure);
        Assert.Equal([first.Id], (await StaffAsync(organisation)).Select(s => s.Id));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task Starting_an_organisation_with_a_failure_at_either_write_leaves_none_and_a_retry_starts_one(int failingWrite)
    {
        var catalog = cluster.Grains.GetGrain<IOrganisationCatalogGrain>(IOrganisationCatalogGrain.Key);
        var key = Guid.NewGuid().ToString();
        var name = "Faulty " + key[..6];
        cluster.Faults.FailWriteNumber(failingWrite);

        await Assert.ThrowsAsync<DomainException>(() => catalog.CreateOrganisationAsync(new NewOrganisation(name, Today, 0), new ChangeContext(key)));
        cluster.Faults.Clear();
        var namedAfterFailure = await NamedAsync(name);
        await catalog.CreateOrganisationAsync(new NewOrganisation(name, Today, 0), new ChangeContext(key));
        await catalog.CreateOrganisationAsync(new NewOrganisation(name, Today, 0), new ChangeContext(key));

        Assert.Equal(0, namedAfterFailure);
        Assert.Equal(1, await NamedAsync(name));
    }

    [Fact]
    public async Task A_failed_write_keeps_nothing_of_the_change_in_memory()
    {
        var organisation = await TestOrganisation.CreateAsync(cluster, Today.AddYears(-2));
        var person = await organisation.PersonAsync("Sam", Today);
        var staff = await organisation.StaffAsync("Alex", Today);
        var match = await organisation.MatchAsync(person, staff, MatchStage.Offered);
        var team = organisation.TeamOf(person);
        cluster.Faults.FailWrites((stateName, _) => stateName == StorageNames.Team);

        var refused = await Assert.ThrowsAsync<DomainException>(() => team.AdvanceMatchAsync(match.Id, MatchStage.Induction, null, ChangeContext.None));

        Assert.Equal(ErrorCode.StoreUnavailable, refused.Code);
        Assert.Equal(MatchStage.Offered, (await team.GetAsync()).MatchById(match.Id)!.Stage);
        Assert.Empty((await organisation.Grain.TeamAsync(person.Id, Today))!.Members);
    }

    [Fact]
    public async Task The_same_client_mutation_id_changes_nothing_the_second_time()
    {
        var organisation = await TestOrganisation.CreateAsync(cluster, Today.AddYears(-2));
        var person = await organisation.PersonAsync("Sam", Today);
        var staff = await organisation.StaffAsync("Alex", Today);
        var colleague = cluster.Grains.GetGrain<IStaffMemberGrain>(staff.Id);

        var match = await organisation.MatchAsync(person, staff, key: "start-1");
        var sameMatch = await organisation.MatchAsync(person, staff, key: "start-1");
        await organisation.TeamOf(person).AdvanceMatchAsync(match.Id, MatchStage.Induction, null, new ChangeContext("induction"));
        await organisation.TeamOf(person).RecordShadowShiftAsync(match.Id, null, null, null, new ChangeContext("shadow-1"));
        await organisation.TeamOf(person).RecordShadowShiftAsync(match.Id, null, null, null, new ChangeContext("shadow-1"));
        await colleague.SetAvailabilityAsync(AvailabilityStatus.OnLeave, Today, Today.AddDays(3), null, new ChangeContext("leave"));
        await colleague.SetAvailabilityAsync(AvailabilityStatus.OnLeave, Today, Today.AddDays(3), null, new ChangeContext("leave"));

        Assert.Equal(match.Id, sameMatch.Id);
        var kept = (await organisation.TeamOf(person).GetAsync()).Matches;
        Assert.Single(kept);
        Assert.Equal(1, kept[0].ShadowShifts);
        Assert.Single((await colleague.GetAsync())!.AvailabilityHistory);
    }

    [Fact]
    public async Task What_was_acknowledged_is_there_after_a_restart()
    {
        var organisation = await TestOrganisation.CreateAsync(cluster, Today.AddYears(-2));
        var person = await organisation.PersonAsync("Sam", Today);
        var staff = await organisation.StaffAsync("Alex", Today);
        var match = await organisation.MatchAsync(person, staff, MatchStage.Matched);
        await organisation.TeamOf(person).AllocateHoursAsync(match.Id, 30, null, ChangeContext.None);
        await organisation.Knows.RecordAsync(staff.Id, person.Id, null, Today, ChangeContext.None);

        await cluster.RestartAsync();

        var team = await cluster.Grains.GetGrain<IOrganisationGrain>(organisation.Id).TeamAsync(person.Id, Today);
        Assert.Equal(30, team!.CoveredHoursPerWeek);
        Assert.Equal(match.Id, Assert.Single(team.Members).MatchId);
        Assert.Single(await cluster.Grains.GetGrain<SupportGrains.Grains.Knows.IKnowsGrain>(organisation.Id).LinksAsync());
    }

    private async Task<IReadOnlyList<PersonView>> PeopleAsync(TestOrganisation organisation)
    {
        var view = await organisation.Grain.GetAsync();
        var people = await Task.WhenAll(view!.PersonIds.Select(id => cluster.Grains.GetGrain<IPersonGrain>(id).GetAsync()));
        return [.. people.OfType<PersonView>()];
    }

    private async Task<IReadOnlyList<StaffView>> StaffAsync(TestOrganisation organisation)
    {
        var view = await organisation.Grain.GetAsync();
        var staff = await Task.WhenAll(view!.StaffIds.Select(id => cluster.Grains.GetGrain<IStaffMemberGrain>(id).GetAsync()));
        return [.. staff.OfType<StaffView>()];
    }

    private async Task<int> NamedAsync(string name)
    {
        var ids = await cluster.Grains.GetGrain<IOrganisationCatalogGrain>(IOrganisationCatalogGrain.Key).OrganisationIdsAsync();
        var organisations = await Task.WhenAll(ids.Select(id => cluster.Grains.GetGrain<IOrganisationGrain>(id).GetAsync()));
        return organisations.Count(o => o?.Name == name);
    }
}

[Collection(SqliteCluster.Name)]
public sealed class SqliteChangeTests(SqliteClusterFixture cluster) : ChangeTests(cluster);

[Collection(PostgresCluster.Name)]
public sealed class PostgresChangeTests(PostgresClusterFixture cluster) : ChangeTests(cluster);
