using SupportGrains.Grains.Matches;
using SupportGrains.Grains.Organisations;
using SupportGrains.Grains.Rota;
using SupportGrains.Grains.Sample;
using SupportGrains.Grains.Teams;
using SupportGrains.Testing;

namespace SupportGrains.Grains.Tests.Sample;

/// <summary>Sam's team in the sample has a rota for this week and next, made from a two-week pattern, with an open shift and a clash to sort out.</summary>
[Collection(SqliteCluster.Name)]
public sealed class SampleRotaTests(SqliteClusterFixture cluster) : IAsyncLifetime
{
    private static readonly DateOnly Today = World.Today;
    private static readonly DateOnly Monday = ShiftTimes.WeekOf(Today);
    private IOrganisationRotaGrain _rota = null!;

    public async Task InitializeAsync()
    {
        if (!await SampleLoader.ExistsAsync(cluster.Grains, SampleOrganisation.DefaultId))
        {
            await SampleLoader.LoadAsync(cluster.Grains, SampleOrganisation.Build(Today));
        }

        _rota = cluster.Grains.GetGrain<IOrganisationRotaGrain>(SampleOrganisation.DefaultId);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Sams_rota_covers_this_week_and_next_from_a_two_week_pattern()
    {
        var thisWeek = (await _rota.RotaWeekAsync(SampleOrganisation.SamId, Today))!;
        var nextWeek = (await _rota.RotaWeekAsync(SampleOrganisation.SamId, Today.AddDays(7)))!;
        var after = (await _rota.RotaWeekAsync(SampleOrganisation.SamId, Today.AddDays(14)))!;

        Assert.Equal(2, thisWeek.Pattern!.Weeks);
        Assert.Equal(Monday, thisWeek.Pattern.StartsOn);
        Assert.All(thisWeek.Shifts.Concat(nextWeek.Shifts), s => Assert.Equal(1, s.FromPattern));
        Assert.Empty(after.Shifts);
        Assert.Contains(thisWeek.Shifts, s => s.Kind == ShiftKind.SleepIn && s.EndsNextDay);
        Assert.Contains(thisWeek.Shifts, s => s.Stage == MatchStage.Induction);
        Assert.InRange(thisWeek.RosteredHours, 112, 168);
        Assert.InRange(thisWeek.Continuity!.Value, 0.8, 0.99);
    }

    [Fact]
    public async Task Sams_rota_has_one_open_shift_and_a_colleague_rostered_on_a_day_of_leave()
    {
        var thisWeek = (await _rota.RotaWeekAsync(SampleOrganisation.SamId, Today))!;
        var nextWeek = (await _rota.RotaWeekAsync(SampleOrganisation.SamId, Today.AddDays(7)))!;

        Assert.Single(thisWeek.OpenShifts.Concat(nextWeek.OpenShifts));
        var clash = Assert.Single(thisWeek.Clashes);
        Assert.Equal((ClashKind.NotAvailable, Grains.Staff.AvailabilityStatus.OnLeave, Monday.AddDays(4)), (clash.Kind, clash.Status, clash.Day));
        Assert.Contains("is rostered Fri", clash.Message);
        Assert.Contains("but is on leave that day", clash.Message);
        Assert.Empty(nextWeek.Clashes);
    }

    [Fact]
    public async Task Sams_covered_hours_come_from_the_rota()
    {
        var organisation = cluster.Grains.GetGrain<IOrganisationGrain>(SampleOrganisation.DefaultId);

        var team = (await organisation.TeamAsync(SampleOrganisation.SamId, Today))!;
        var week = (await _rota.RotaWeekAsync(SampleOrganisation.SamId, Today))!;

        Assert.Equal(CoveredHoursSource.Rota, team.CoveredHoursFrom);
        Assert.Equal(week.CoveredHours, team.CoveredHoursPerWeek);
        Assert.True(team.CoveredHoursPerWeek < week.MatchedHours, "the colleague on leave does not cover their shift");
    }

    [Fact]
    public async Task Sams_team_with_its_members_is_the_team_with_each_members_view_and_match_as_their_grains_give_them()
    {
        var organisation = cluster.Grains.GetGrain<IOrganisationGrain>(SampleOrganisation.DefaultId);

        var team = (await organisation.TeamAsync(SampleOrganisation.SamId, Today))!;
        var withMembers = (await organisation.TeamWithMembersAsync(SampleOrganisation.SamId, Today))!;
        var teamState = (await cluster.Grains.GetGrain<ITeamGrain>(SampleOrganisation.SamId).GetAsync())!;
        var staff = await Task.WhenAll(team.Members.Select(m => cluster.Grains.GetGrain<Grains.Staff.IStaffMemberGrain>(m.StaffId).GetAsync()));

        Assert.Equal(string.Join("\n", team.Members), string.Join("\n", withMembers.Team.Members));
        Assert.Equal(team.CoveredHoursPerWeek, withMembers.Team.CoveredHoursPerWeek);
        Assert.NotEmpty(team.Members);
        Assert.Equal(staff.Select(s => s!.Id), withMembers.Members.Select(s => s.Id));
        Assert.Equal(staff.Select(s => (s!.Name, s.Role, s.AvailabilityOn(Today).Status)), withMembers.Members.Select(s => (s.Name, s.Role, s.AvailabilityOn(Today).Status)));
        Assert.Equal(
            team.Members.Select(m => teamState.MatchById(m.MatchId)!).Select(m => (m.Id, m.StaffId, m.Stage, m.HoursPerWeek, m.ShadowShifts, m.Reviews.Length, m.History.Length)),
            withMembers.Matches.Select(m => (m.Id, m.StaffId, m.Stage, m.HoursPerWeek, m.ShadowShifts, m.Reviews.Length, m.History.Length)));
        Assert.Null(await organisation.TeamWithMembersAsync("p-not-here", Today));
    }
}
