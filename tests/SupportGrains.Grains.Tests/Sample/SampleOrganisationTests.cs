using SupportGrains.Grains.Matches;
using SupportGrains.Grains.Organisations;
using SupportGrains.Grains.People;
using SupportGrains.Grains.Sample;

using SupportGrains.Testing;

namespace SupportGrains.Grains.Tests.Sample;

/// <summary>The sample organisation, loaded through the real grains: it has the shape DOMAIN.md asks for.</summary>
[Collection(SampleCluster.Name)]
public sealed class SampleOrganisationTests(SqliteClusterFixture cluster) : IAsyncLifetime
{
    private static readonly DateOnly Today = World.Today;
    private OrganisationSnapshot _snapshot = null!;

    public async Task InitializeAsync()
    {
        if (!await SampleLoader.ExistsAsync(cluster.Grains, SampleOrganisation.DefaultId))
        {
            await SampleLoader.LoadAsync(cluster.Grains, SampleOrganisation.Build(Today));
        }

        _snapshot = await TestOrganisation.SnapshotAsync(cluster.Grains, SampleOrganisation.DefaultId);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public void It_supports_about_nineteen_people_with_seventy_to_eighty_staff()
    {
        Assert.Equal(19, _snapshot.CurrentPeople(Today).Count());
        Assert.Single(_snapshot.People, p => !p.IsCurrentOn(Today));
        Assert.InRange(_snapshot.Staff.Length, 70, 80);
        Assert.InRange(_snapshot.CurrentStaff(Today).Count() / 19.0, 3.4, 4.2);
    }

    [Fact]
    public void Every_match_stage_is_present_and_ended_matches_keep_their_reason()
    {
        foreach (var stage in Enum.GetValues<MatchStage>())
        {
            Assert.Contains(_snapshot.Matches, m => m.Stage == stage);
        }

        Assert.All(_snapshot.Matches.Where(m => m.IsEnded), m => Assert.False(string.IsNullOrWhiteSpace(m.EndedReason)));
        Assert.Contains(_snapshot.Matches, m => m.Stage == MatchStage.Induction && m.ShadowShifts > 0);
    }

    [Fact]
    public void The_size_check_has_something_to_say()
    {
        var check = SizeCheckRules.Check(_snapshot, 0, Today);

        Assert.Equal(CheckStatus.Amber, check.Status);
        Assert.Contains(check.Findings, f => f.Code == FindingCode.FundedHoursGap);
        Assert.Contains(check.Findings, f => f.Code == FindingCode.LeaderDoesNotKnow);
        Assert.Contains(check.Findings, f => f.Code == FindingCode.LeaderContactStale);
        Assert.Contains(check.Findings, f => f.Code == FindingCode.StaffInManyTeams);
        Assert.InRange(check.Findings.Single(f => f.Code == FindingCode.FundedHoursGap).PersonIds.Length, 1, 15);
    }

    [Fact]
    public void Leaders_availability_leavers_and_sickness_are_there()
    {
        var staff = _snapshot.CurrentStaff(Today).ToList();
        Assert.InRange(staff.Count(s => s.IsLeader), 2, 6);
        Assert.Contains(staff, s => s.AvailabilityOn(Today).Status == Grains.Staff.AvailabilityStatus.OnLeave);
        Assert.Contains(staff, s => s.AvailabilityOn(Today).Status == Grains.Staff.AvailabilityStatus.OffSick);
        Assert.Contains(_snapshot.Staff, s => s.LeftOn > Today.AddYears(-1) && s.LeavingReason is not null);
        Assert.True(WorkforceRules.Compute(_snapshot, Today).SicknessDaysPerWorker > 0);
        Assert.NotEmpty(KnowsRules.WhoKnowsEveryone(_snapshot, false, Today));
    }

    [Fact]
    public async Task Sam_has_a_team_and_reviews_from_every_perspective()
    {
        var sam = await cluster.Grains.GetGrain<IPersonGrain>(SampleOrganisation.SamId).GetAsync();

        Assert.StartsWith("Sam", sam!.Name);
        var team = _snapshot.TeamOf(sam, Today);
        Assert.InRange(team.Members.Length, 4, 9);
        var reviews = _snapshot.Matches.Where(m => m.PersonId == sam.Id).SelectMany(m => m.Reviews).ToList();
        Assert.Equal(Enum.GetValues<Perspective>().ToHashSet(), reviews.Select(r => r.Perspective).ToHashSet());
        Assert.Contains(reviews, r => r.NotWorking.Length > 0 && r.Actions.Length > 0);
        Assert.False(sam.Profile.ImportantToMe.IsEmpty);
        Assert.False(sam.Relationships.IsEmpty);
    }

    [Fact]
    public void A_bigger_organisation_has_the_same_shape()
    {
        var plan = SampleOrganisation.Build(Today, 70, 235, seed: 3, organisationId: "org-big", name: "Big");

        Assert.Equal(71, plan.People.Length);
        Assert.Equal(235, plan.Staff.Length);
        Assert.Distinct(plan.People.Select(p => p.Id));
        Assert.Distinct(plan.Staff.Select(s => s.Id));
    }
}
