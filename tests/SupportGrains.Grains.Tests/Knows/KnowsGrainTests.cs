using SupportGrains.Testing;

namespace SupportGrains.Grains.Tests.Knows;

/// <summary>Recording who knows whom: one fact, read the same from either side.</summary>
public abstract class KnowsGrainTests(ClusterFixture cluster)
{
    private DateOnly Today => cluster.Today;

    [Fact]
    public async Task A_link_is_one_fact_and_recording_again_keeps_the_later_day_and_the_earliest_since()
    {
        var organisation = await TestOrganisation.CreateAsync(cluster, Today.AddYears(-2));
        var person = await organisation.PersonAsync("Sam", Today.AddYears(-1));
        var staff = await organisation.StaffAsync("Alex", Today.AddYears(-1));
        var colleague = await organisation.StaffAsync("Jo", Today.AddYears(-1));

        await organisation.Knows.RecordAsync(staff.Id, person.Id, null, Today.AddDays(-10), ChangeContext.None);
        await organisation.Knows.RecordAsync(staff.Id, person.Id, null, Today.AddDays(-2), ChangeContext.None);
        await organisation.Knows.RecordAsync(staff.Id, person.Id, null, Today.AddDays(-30), ChangeContext.None);
        await organisation.Knows.RecordAsync(colleague.Id, null, staff.Id, Today.AddDays(-5), ChangeContext.None);
        await organisation.Knows.RecordAsync(staff.Id, null, colleague.Id, Today, ChangeContext.None);

        var links = await organisation.Knows.LinksAsync();
        var withPerson = Assert.Single(links, l => l.PersonId == person.Id);
        var colleagues = Assert.Single(links, l => l.ColleagueId is not null);
        Assert.Equal(Today.AddDays(-2), withPerson.LastTogetherOn);
        Assert.Equal(Today.AddDays(-30), withPerson.Since);
        Assert.Equal(Today, colleagues.LastTogetherOn);
        Assert.Equal<string>([colleague.Id], (await organisation.Grain.ConnectionsOfAsync(staff.Id, Today)).KnowsStaffIds);
        Assert.Equal<string>([staff.Id], (await organisation.Grain.ConnectionsOfAsync(colleague.Id, Today)).KnowsStaffIds);
    }

    [Fact]
    public async Task Knows_needs_exactly_one_of_person_or_colleague_refuses_oneself_the_unknown_and_the_future()
    {
        var organisation = await TestOrganisation.CreateAsync(cluster, Today.AddYears(-2));
        var staff = await organisation.StaffAsync("Alex", Today);
        var person = await organisation.PersonAsync("Sam", Today);

        async Task<string> Refusal(string? personId, string? colleagueId, DateOnly? on = null) =>
            (await Assert.ThrowsAsync<DomainException>(() => organisation.Knows.RecordAsync(staff.Id, personId, colleagueId, on ?? Today, ChangeContext.None))).Code;

        Assert.Equal(ErrorCode.InvalidInput, await Refusal(null, null));
        Assert.Equal(ErrorCode.InvalidInput, await Refusal(person.Id, staff.Id));
        Assert.Equal(ErrorCode.InvalidInput, await Refusal(null, staff.Id));
        Assert.Equal(ErrorCode.NotFound, await Refusal("p-nobody", null));
        Assert.Equal(ErrorCode.InvalidInput, await Refusal(person.Id, null, Today.AddDays(1)));
        Assert.Empty(await organisation.Knows.LinksAsync());
    }

    [Fact]
    public async Task People_of_another_organisation_cannot_be_linked()
    {
        var ours = await TestOrganisation.CreateAsync(cluster, Today.AddYears(-2));
        var theirs = await TestOrganisation.CreateAsync(cluster, Today.AddYears(-2));
        var staff = await ours.StaffAsync("Alex", Today);
        var person = await theirs.PersonAsync("Sam", Today);

        var refused = await Assert.ThrowsAsync<DomainException>(() => ours.Knows.RecordAsync(staff.Id, person.Id, null, Today, ChangeContext.None));

        Assert.Equal(ErrorCode.InvalidInput, refused.Code);
        Assert.Contains("another organisation", refused.Message);
    }
}

[Collection(SqliteCluster.Name)]
public sealed class SqliteKnowsGrainTests(SqliteClusterFixture cluster) : KnowsGrainTests(cluster);

[Collection(PostgresCluster.Name)]
public sealed class PostgresKnowsGrainTests(PostgresClusterFixture cluster) : KnowsGrainTests(cluster);
