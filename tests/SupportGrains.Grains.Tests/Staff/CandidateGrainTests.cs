using SupportGrains.Grains.Matches;
using SupportGrains.Grains.Staff;
using SupportGrains.Testing;

namespace SupportGrains.Grains.Tests.Staff;

/// <summary>A candidate through the grains: matched up to OFFERED, employed, then inducted, with the same id and matches throughout.</summary>
public abstract class CandidateGrainTests(ClusterFixture cluster)
{
    private DateOnly Today => cluster.Today;

    [Fact]
    public async Task A_candidates_match_waits_at_offered_until_they_start_employment_and_then_goes_on_with_the_same_id()
    {
        var organisation = await TestOrganisation.CreateAsync(cluster, Today.AddYears(-2), fundedPosts: 3);
        var person = await organisation.PersonAsync("Sam", Today.AddYears(-1));
        var candidate = await organisation.Grain.AddCandidateAsync(new NewCandidate(organisation.Id, "Ade", new ContactDetails(null, "07700 900000", null)), ChangeContext.None);
        var match = await organisation.MatchAsync(person, candidate, MatchStage.Offered);

        var refused = await Assert.ThrowsAsync<DomainException>(() => organisation.TeamOf(person).AdvanceMatchAsync(match.Id, MatchStage.Induction, null, ChangeContext.None));
        var workforceBefore = await organisation.Grain.WorkforceAsync(Today);
        await cluster.Grains.GetGrain<IStaffMemberGrain>(candidate.Id).StartEmploymentAsync(new Employment(Today, "Support worker", false, ContractType.Permanent, 30), ChangeContext.None);
        var inducted = await organisation.TeamOf(person).AdvanceMatchAsync(match.Id, MatchStage.Induction, null, ChangeContext.None);
        var workforceAfter = await organisation.Grain.WorkforceAsync(Today);

        Assert.Equal(ErrorCode.InvalidTransition, refused.Code);
        Assert.Contains("startEmployment", refused.Message);
        Assert.Equal(0, workforceBefore.PostsFilled);
        Assert.Equal(1, workforceAfter.PostsFilled);
        Assert.Equal(MatchStage.Induction, inducted.Stage);
        Assert.Equal(candidate.Id, inducted.StaffId);
    }

    [Fact]
    public async Task A_person_backdated_before_the_organisation_started_is_not_refused_by_the_first_year_limit()
    {
        var organisation = await TestOrganisation.CreateAsync(cluster, Today.AddMonths(-3));
        for (var i = 0; i < 5; i++)
        {
            await organisation.PersonAsync($"Person {i}", Today.AddMonths(-1));
        }

        var backdated = await organisation.PersonAsync("Long supported", new DateOnly(1990, 5, 1));

        Assert.Equal(new DateOnly(1990, 5, 1), backdated.SupportStartedOn);
    }
}

[Collection(SqliteCluster.Name)]
public sealed class SqliteCandidateGrainTests(SqliteClusterFixture cluster) : CandidateGrainTests(cluster);

[Collection(PostgresCluster.Name)]
public sealed class PostgresCandidateGrainTests(PostgresClusterFixture cluster) : CandidateGrainTests(cluster);
