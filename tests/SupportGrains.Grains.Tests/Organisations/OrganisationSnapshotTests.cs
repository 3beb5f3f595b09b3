using SupportGrains.Grains.Matches;
using SupportGrains.Grains.Organisations;
using SupportGrains.Grains.People;
using SupportGrains.Grains.Staff;
using SupportGrains.Silo.Testing;

namespace SupportGrains.Grains.Tests.Organisations;

/// <summary>The organisation keeps its snapshot between questions, and every change in a person, colleague or match is seen by the next question.</summary>
public sealed class OrganisationSnapshotTests
{
    private static readonly DateOnly Today = World.Today;

    [Fact]
    public async Task The_snapshot_is_kept_while_nothing_changes_and_every_kind_of_change_is_seen_next_time()
    {
        await using var cluster = await TestCluster.StartAsync();
        var grains = cluster.GrainFactory;
        var organisation = await OrganisationCommands.CreateAsync(grains, new NewOrganisation("Test", Today.AddYears(-2), 10));
        var org = grains.GetGrain<IOrganisationGrain>(organisation.Id);
        var person = await PersonCommands.AddAsync(grains, new NewPerson(organisation.Id, "Sam", Today.AddYears(-1), 40));
        var alex = await StaffCommands.AddAsync(grains, new NewStaffMember(organisation.Id, "Alex", "Support worker", false, ContractType.Permanent, Today.AddYears(-1), 30));

        var first = await org.SnapshotAsync();
        Assert.Same(first, await org.SnapshotAsync());
        Assert.Empty(KnowsRules.WhoKnowsEveryone(first, false, Today));

        // A change made by the staff member's and the person's grains (not by the organisation).
        await KnowsCommands.RecordAsync(grains, alex.Id, person.Id, null, Today);
        var afterKnows = await org.SnapshotAsync();
        Assert.NotSame(first, afterKnows);
        Assert.Equal(alex.Id, Assert.Single(KnowsRules.WhoKnowsEveryone(afterKnows, false, Today)).Id);

        // A change made by a match grain.
        var match = await MatchCommands.StartAsync(grains, person.Id, alex.Id, MatchStage.Induction, Today, null);
        await grains.GetGrain<IMatchGrain>(match.Id).AdvanceAsync(MatchStage.Matched, null);
        await grains.GetGrain<IMatchGrain>(match.Id).AllocateHoursAsync(40);
        Assert.Equal(40, (await org.SnapshotAsync()).TeamOf((await grains.GetGrain<IPersonGrain>(person.Id).GetAsync())!, Today).CoveredHoursPerWeek);

        // A change of availability, then of funded hours.
        await grains.GetGrain<IStaffMemberGrain>(alex.Id).SetAvailabilityAsync(new AvailabilityChange(AvailabilityStatus.OffSick, Today, null, null, DateTimeOffset.UtcNow));
        Assert.Equal(0, (await org.SnapshotAsync()).TeamOf((await grains.GetGrain<IPersonGrain>(person.Id).GetAsync())!, Today).CoveredHoursPerWeek);
        await grains.GetGrain<IPersonGrain>(person.Id).SetFundedHoursAsync(56);
        Assert.Equal(56, Assert.Single((await org.SnapshotAsync()).People).FundedHoursPerWeek);
    }
}
