using SupportGrains.Grains.Matches;
using SupportGrains.Grains.Organisations;
using SupportGrains.Grains.Staff;
using SupportGrains.Testing;

namespace SupportGrains.Grains.Tests.Organisations;

/// <summary>The organisation grain on a real store: taking people on against the size guidance, and answers that follow every change.</summary>
public abstract class OrganisationGrainTests(ClusterFixture cluster)
{
    private DateOnly Today => cluster.Today;

    [Fact]
    public async Task Taking_on_a_sixth_person_in_the_first_year_is_refused_unless_a_reason_is_given_and_the_reason_is_kept()
    {
        var organisation = await TestOrganisation.CreateAsync(cluster, Today.AddMonths(-3));
        for (var i = 0; i < 5; i++)
        {
            await organisation.PersonAsync($"Person {i}", Today);
        }

        var refused = await Assert.ThrowsAsync<DomainException>(() => organisation.PersonAsync("Sixth", Today));
        var countAfterRefusal = (await organisation.Grain.GetAsync())!.PersonIds.Length;
        var taken = await organisation.PersonAsync("Sixth", Today, overrideReason: "Leaving hospital next week; no other provider");

        Assert.Equal(ErrorCode.SizeGuidanceRed, refused.Code);
        Assert.Contains("Sixth", refused.Message);
        Assert.Contains("overrideReason", refused.Message);
        Assert.Equal(5, countAfterRefusal);
        Assert.Equal("Leaving hospital next week; no other provider", taken.SizeGuidanceOverrideReason);
    }

    [Fact]
    public async Task Every_kind_of_change_is_seen_by_the_next_question()
    {
        var organisation = await TestOrganisation.CreateAsync(cluster, Today.AddYears(-2));
        var person = await organisation.PersonAsync("Sam", Today.AddYears(-1));
        var alex = await organisation.StaffAsync("Alex", Today.AddYears(-1));
        Assert.Empty(await organisation.Grain.WhoKnowsEveryoneAsync(false, Today));

        // A change made by the knows grain.
        await organisation.Knows.RecordAsync(alex.Id, person.Id, null, Today, ChangeContext.None);
        Assert.Equal(alex.Id, Assert.Single(await organisation.Grain.WhoKnowsEveryoneAsync(false, Today)).Id);

        // Changes made by the team around the person.
        var match = await organisation.MatchAsync(person, alex, MatchStage.Induction);
        await organisation.TeamOf(person).AdvanceMatchAsync(match.Id, MatchStage.Matched, null, ChangeContext.None);
        await organisation.TeamOf(person).AllocateHoursAsync(match.Id, 40, null, ChangeContext.None);
        Assert.Equal(40, (await organisation.Grain.TeamAsync(person.Id, Today))!.CoveredHoursPerWeek);

        // A change of availability, then of funded hours.
        await cluster.Grains.GetGrain<IStaffMemberGrain>(alex.Id).SetAvailabilityAsync(AvailabilityStatus.OffSick, Today, null, null, ChangeContext.None);
        Assert.Equal(0, (await organisation.Grain.TeamAsync(person.Id, Today))!.CoveredHoursPerWeek);
        await cluster.Grains.GetGrain<SupportGrains.Grains.People.IPersonGrain>(person.Id).SetFundedHoursAsync(56, null, null, ChangeContext.None);
        Assert.Equal(56, (await organisation.Grain.TeamAsync(person.Id, Today))!.FundedHoursPerWeek);
    }

    [Fact]
    public async Task A_colleagues_connections_come_from_their_teams_and_what_was_recorded()
    {
        var organisation = await TestOrganisation.CreateAsync(cluster, Today.AddYears(-2));
        var sam = await organisation.PersonAsync("Sam", Today.AddYears(-1));
        var kai = await organisation.PersonAsync("Kai", Today.AddYears(-1));
        var alex = await organisation.StaffAsync("Alex", Today.AddYears(-1));
        var jo = await organisation.StaffAsync("Jo", Today.AddYears(-1));
        var match = await organisation.MatchAsync(sam, alex, MatchStage.Matched);
        await organisation.Knows.RecordAsync(alex.Id, kai.Id, null, Today, ChangeContext.None);
        await organisation.Knows.RecordAsync(jo.Id, null, alex.Id, Today, ChangeContext.None);

        var connections = await organisation.Grain.ConnectionsOfAsync(alex.Id, Today);

        Assert.Equal<string>([sam.Id], connections.TeamPersonIds);
        Assert.Equal<string>(new[] { kai.Id, sam.Id }.Order(), connections.KnowsPersonIds.Order());
        Assert.Equal<string>([jo.Id], connections.KnowsStaffIds);
        Assert.Equal<string>([match.Id], connections.MatchIds);
        Assert.Equal<string>([alex.Id], await organisation.Grain.KnownByAsync(sam.Id, Today));
    }
}

[Collection(SqliteCluster.Name)]
public sealed class SqliteOrganisationGrainTests(SqliteClusterFixture cluster) : OrganisationGrainTests(cluster);

[Collection(PostgresCluster.Name)]
public sealed class PostgresOrganisationGrainTests(PostgresClusterFixture cluster) : OrganisationGrainTests(cluster);
