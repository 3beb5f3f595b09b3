using SupportGrains.Grains.Common;
using SupportGrains.Grains.Matches;
using SupportGrains.Grains.Organisations;
using SupportGrains.Grains.People;
using SupportGrains.Grains.Staff;
using SupportGrains.Silo.Testing;

namespace SupportGrains.Grains.Tests.Organisations;

/// <summary>The commands that span grains: checked first, written only when everything is right.</summary>
public sealed class OrganisationCommandsTests
{
    private static readonly DateOnly Today = World.Today;

    private static async Task<(TestCluster Cluster, OrganisationView Organisation)> StartAsync(DateOnly startedOn)
    {
        var cluster = await TestCluster.StartAsync();
        var organisation = await OrganisationCommands.CreateAsync(cluster.GrainFactory, new NewOrganisation("Test", startedOn, 10));
        return (cluster, organisation);
    }

    [Fact]
    public async Task Taking_on_a_sixth_person_in_the_first_year_is_refused_unless_a_reason_is_given_and_the_reason_is_kept()
    {
        var (cluster, organisation) = await StartAsync(Today.AddMonths(-3));
        await using var _ = cluster;
        for (var i = 0; i < 5; i++)
        {
            await PersonCommands.AddAsync(cluster.GrainFactory, new NewPerson(organisation.Id, $"Person {i}", Today, 40));
        }

        var refused = await Assert.ThrowsAsync<DomainException>(() => PersonCommands.AddAsync(cluster.GrainFactory, new NewPerson(organisation.Id, "Sixth", Today, 40)));
        var countAfterRefusal = (await cluster.GrainFactory.GetGrain<IOrganisationGrain>(organisation.Id).GetAsync())!.PersonIds.Length;
        var taken = await PersonCommands.AddAsync(cluster.GrainFactory, new NewPerson(organisation.Id, "Sixth", Today, 40, "Leaving hospital next week; no other provider"));

        Assert.Equal(ErrorCode.SizeGuidanceRed, refused.Code);
        Assert.Contains("Sixth", refused.Message);
        Assert.Contains("overrideReason", refused.Message);
        Assert.Equal(5, countAfterRefusal);
        Assert.Equal("Leaving hospital next week; no other provider", taken.SizeGuidanceOverrideReason);
    }

    [Fact]
    public async Task Knowing_is_recorded_both_ways_and_recording_again_updates_the_last_time_together()
    {
        var (cluster, organisation) = await StartAsync(Today.AddYears(-2));
        await using var _ = cluster;
        var person = await PersonCommands.AddAsync(cluster.GrainFactory, new NewPerson(organisation.Id, "Sam", Today.AddYears(-1), 40));
        var staff = await StaffCommands.AddAsync(cluster.GrainFactory, new NewStaffMember(organisation.Id, "Alex", "Support worker", false, ContractType.Permanent, Today.AddYears(-1), 30));
        var colleague = await StaffCommands.AddAsync(cluster.GrainFactory, new NewStaffMember(organisation.Id, "Jo", "Support worker", false, ContractType.Permanent, Today.AddYears(-1), 30));

        await KnowsCommands.RecordAsync(cluster.GrainFactory, staff.Id, person.Id, null, Today.AddDays(-10));
        await KnowsCommands.RecordAsync(cluster.GrainFactory, staff.Id, person.Id, null, Today.AddDays(-2));
        await KnowsCommands.RecordAsync(cluster.GrainFactory, staff.Id, null, colleague.Id, Today);

        var staffView = (await cluster.GrainFactory.GetGrain<IStaffMemberGrain>(staff.Id).GetAsync())!;
        var personView = (await cluster.GrainFactory.GetGrain<IPersonGrain>(person.Id).GetAsync())!;
        var colleagueView = (await cluster.GrainFactory.GetGrain<IStaffMemberGrain>(colleague.Id).GetAsync())!;
        Assert.Equal(Today.AddDays(-2), Assert.Single(staffView.KnowsPeople).LastTogetherOn);
        Assert.Equal(Today.AddDays(-10), staffView.KnowsPeople[0].Since);
        Assert.Equal(staff.Id, Assert.Single(personView.KnownBy).OtherId);
        Assert.Equal(staff.Id, Assert.Single(colleagueView.KnowsStaff).OtherId);
    }

    [Fact]
    public async Task Knows_needs_exactly_one_of_person_or_colleague_and_refuses_oneself()
    {
        var (cluster, organisation) = await StartAsync(Today.AddYears(-2));
        await using var _ = cluster;
        var staff = await StaffCommands.AddAsync(cluster.GrainFactory, new NewStaffMember(organisation.Id, "Alex", "Support worker", false, ContractType.Permanent, Today, 30));

        Assert.Equal(ErrorCode.InvalidInput, (await Assert.ThrowsAsync<DomainException>(() => KnowsCommands.RecordAsync(cluster.GrainFactory, staff.Id, null, null, Today))).Code);
        Assert.Equal(ErrorCode.InvalidInput, (await Assert.ThrowsAsync<DomainException>(() => KnowsCommands.RecordAsync(cluster.GrainFactory, staff.Id, "p", "s", Today))).Code);
        Assert.Equal(ErrorCode.InvalidInput, (await Assert.ThrowsAsync<DomainException>(() => KnowsCommands.RecordAsync(cluster.GrainFactory, staff.Id, null, staff.Id, Today))).Code);
        Assert.Equal(ErrorCode.NotFound, (await Assert.ThrowsAsync<DomainException>(() => KnowsCommands.RecordAsync(cluster.GrainFactory, staff.Id, "p-nobody", null, Today))).Code);
    }

    [Fact]
    public async Task A_second_open_match_between_the_same_pair_is_refused_but_a_new_one_after_ending_is_not()
    {
        var (cluster, organisation) = await StartAsync(Today.AddYears(-2));
        await using var _ = cluster;
        var person = await PersonCommands.AddAsync(cluster.GrainFactory, new NewPerson(organisation.Id, "Sam", Today.AddYears(-1), 40));
        var staff = await StaffCommands.AddAsync(cluster.GrainFactory, new NewStaffMember(organisation.Id, "Alex", "Support worker", false, ContractType.Permanent, Today, 30));
        var first = await MatchCommands.StartAsync(cluster.GrainFactory, person.Id, staff.Id, MatchStage.Interested, Today);

        var refused = await Assert.ThrowsAsync<DomainException>(() => MatchCommands.StartAsync(cluster.GrainFactory, person.Id, staff.Id, MatchStage.Applied, Today));
        await cluster.GrainFactory.GetGrain<IMatchGrain>(first.Id).EndAsync("Not the right time");
        var second = await MatchCommands.StartAsync(cluster.GrainFactory, person.Id, staff.Id, MatchStage.Applied, Today);

        Assert.Equal(ErrorCode.InvalidInput, refused.Code);
        Assert.NotEqual(first.Id, second.Id);
        Assert.Equal(2, (await cluster.GrainFactory.GetGrain<Grains.Teams.ITeamGrain>(person.Id).MatchIdsAsync()).Length);
    }

    [Fact]
    public async Task A_colleague_who_has_left_cannot_start_a_match()
    {
        var (cluster, organisation) = await StartAsync(Today.AddYears(-2));
        await using var _ = cluster;
        var person = await PersonCommands.AddAsync(cluster.GrainFactory, new NewPerson(organisation.Id, "Sam", Today.AddYears(-1), 40));
        var staff = await StaffCommands.AddAsync(cluster.GrainFactory, new NewStaffMember(organisation.Id, "Alex", "Support worker", false, ContractType.Permanent, Today.AddYears(-1), 30));
        await cluster.GrainFactory.GetGrain<IStaffMemberGrain>(staff.Id).LeaveAsync(Today.AddDays(-1), "Moved away");

        var refused = await Assert.ThrowsAsync<DomainException>(() => MatchCommands.StartAsync(cluster.GrainFactory, person.Id, staff.Id, MatchStage.Interested, Today));

        Assert.Contains("left", refused.Message);
    }
}
