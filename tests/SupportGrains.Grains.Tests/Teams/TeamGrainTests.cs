using SupportGrains.Grains.Matches;
using SupportGrains.Grains.Staff;
using SupportGrains.Testing;

namespace SupportGrains.Grains.Tests.Teams;

/// <summary>The team around a person keeps its matches: starting, moving forward and ending them.</summary>
public abstract class TeamGrainTests(ClusterFixture cluster)
{
    private DateOnly Today => cluster.Today;

    [Fact]
    public async Task A_second_open_match_between_the_same_pair_is_refused_but_a_new_one_after_ending_is_not()
    {
        var organisation = await TestOrganisation.CreateAsync(cluster, Today.AddYears(-2));
        var person = await organisation.PersonAsync("Sam", Today.AddYears(-1));
        var staff = await organisation.StaffAsync("Alex", Today);
        var first = await organisation.MatchAsync(person, staff);

        var refused = await Assert.ThrowsAsync<DomainException>(() => organisation.MatchAsync(person, staff, MatchStage.Applied));
        await organisation.TeamOf(person).EndMatchAsync(first.Id, "Not the right time", ChangeContext.None);
        var second = await organisation.MatchAsync(person, staff, MatchStage.Applied);

        Assert.Equal(ErrorCode.InvalidInput, refused.Code);
        Assert.NotEqual(first.Id, second.Id);
        Assert.Equal([first.Id, second.Id], (await organisation.TeamOf(person).GetAsync()).Matches.Select(m => m.Id));
        Assert.Equal(person.Id, Ids.PersonOfMatch(second.Id));
    }

    [Fact]
    public async Task A_colleague_who_has_left_cannot_start_a_match()
    {
        var organisation = await TestOrganisation.CreateAsync(cluster, Today.AddYears(-2));
        var person = await organisation.PersonAsync("Sam", Today.AddYears(-1));
        var staff = await organisation.StaffAsync("Alex", Today.AddYears(-1));
        await cluster.Grains.GetGrain<IStaffMemberGrain>(staff.Id).LeaveAsync(Today.AddDays(-1), "Moved away", ChangeContext.None);

        var refused = await Assert.ThrowsAsync<DomainException>(() => organisation.MatchAsync(person, staff));

        Assert.Contains("left", refused.Message);
        Assert.Empty((await organisation.TeamOf(person).GetAsync()).Matches);
    }

    [Fact]
    public async Task A_refused_move_names_the_match_and_changes_nothing()
    {
        var organisation = await TestOrganisation.CreateAsync(cluster, Today.AddYears(-2));
        var person = await organisation.PersonAsync("Sam", Today.AddYears(-1));
        var staff = await organisation.StaffAsync("Alex", Today);
        var match = await organisation.MatchAsync(person, staff, MatchStage.Offered);

        var refused = await Assert.ThrowsAsync<DomainException>(() => organisation.TeamOf(person).AdvanceMatchAsync(match.Id, MatchStage.Applied, null, ChangeContext.None));
        var missing = await Assert.ThrowsAsync<DomainException>(() => organisation.TeamOf(person).AdvanceMatchAsync("m99-" + person.Id, MatchStage.Matched, null, ChangeContext.None));

        Assert.Equal(ErrorCode.InvalidTransition, refused.Code);
        Assert.Contains(match.Id, refused.Message);
        Assert.Equal(ErrorCode.NotFound, missing.Code);
        Assert.Equal(MatchStage.Offered, (await organisation.TeamOf(person).GetAsync()).MatchById(match.Id)!.Stage);
    }
}

[Collection(SqliteCluster.Name)]
public sealed class SqliteTeamGrainTests(SqliteClusterFixture cluster) : TeamGrainTests(cluster);

[Collection(PostgresCluster.Name)]
public sealed class PostgresTeamGrainTests(PostgresClusterFixture cluster) : TeamGrainTests(cluster);
