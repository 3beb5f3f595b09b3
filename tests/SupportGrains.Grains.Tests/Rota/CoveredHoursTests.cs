using SupportGrains.Grains.Matches;
using SupportGrains.Grains.Organisations;
using SupportGrains.Grains.Rota;
using SupportGrains.Grains.Staff;
using SupportGrains.Grains.Teams;

namespace SupportGrains.Grains.Tests.Rota;

/// <summary>
/// DOMAIN.md "Covered hours": where the team has a rota for the week, the hours of its shifts
/// worked by MATCHED members available that day; otherwise the allocated hours of MATCHED members
/// available on the day asked about.
/// </summary>
public sealed class CoveredHoursTests
{
    private static readonly DateOnly Monday = RotaWorld.Monday;

    [Fact]
    public void Where_the_team_has_a_rota_for_the_week_covered_hours_are_its_shifts_worked_by_matched_members_available_that_day()
    {
        var world = new RotaWorld(new OrganisationSettings { SleepInHours = 2 });
        var sam = world.Person("sam", funded: 40);
        var alex = world.Member(sam, "alex", hours: 30);
        var jo = world.Member(sam, "jo", MatchStage.Induction, hours: 10);
        var kim = world.Member(sam, "kim", hours: 30, availability: RotaWorld.Away(AvailabilityStatus.OffSick, Monday.AddDays(2), Monday.AddDays(2)));
        world.Shift(sam, Monday, "08:00", "16:00", alex);
        world.Shift(sam, Monday, "09:00", "15:00", jo);
        world.Shift(sam, Monday, "22:00", "08:00", alex, ShiftKind.SleepIn);
        world.Shift(sam, Monday.AddDays(1), "08:00", "16:00", kim);
        world.Shift(sam, Monday.AddDays(2), "08:00", "16:00", kim);
        world.Shift(sam, Monday.AddDays(3), "08:00", "16:00");

        var team = world.Snapshot().TeamOf(sam, Monday.AddDays(4));

        // Alex 8 + sleep-in 2, Kim 8 on Tuesday; not Jo (induction), Kim off sick on Wednesday, or the open shift.
        Assert.Equal(18, team.CoveredHoursPerWeek);
        Assert.Equal(CoveredHoursSource.Rota, team.CoveredHoursFrom);
        Assert.Equal(18, RotaWeekRules.Week(world.Snapshot(), sam, Monday).CoveredHours);
    }

    [Fact]
    public void Without_a_rota_for_the_week_covered_hours_are_the_allocated_hours_of_matched_members_available_on_the_day()
    {
        var world = new RotaWorld();
        var sam = world.Person("sam", funded: 40);
        var alex = world.Member(sam, "alex", hours: 30);
        world.Member(sam, "jo", MatchStage.Induction, hours: 10);
        world.Member(sam, "kim", hours: 12, availability: RotaWorld.Away(AvailabilityStatus.OnLeave, Monday.AddDays(7)));
        world.Shift(sam, Monday, "08:00", "16:00", alex);

        var nextWeek = world.Snapshot().TeamOf(sam, Monday.AddDays(8));
        var thisWeek = world.Snapshot().TeamOf(sam, Monday);

        Assert.Equal(30, nextWeek.CoveredHoursPerWeek);
        Assert.Equal(CoveredHoursSource.AllocatedHours, nextWeek.CoveredHoursFrom);
        Assert.Equal(8, thisWeek.CoveredHoursPerWeek);
    }

    [Fact]
    public void A_week_whose_shifts_were_all_cancelled_has_no_rota_and_falls_back_to_the_allocated_hours()
    {
        var world = new RotaWorld();
        var sam = world.Person("sam", funded: 40);
        var alex = world.Member(sam, "alex", hours: 40);
        var shift = world.Shift(sam, Monday, "08:00", "16:00", alex);
        world.Keep(RotaRules.CancelShift(world.RotaOf(sam), world.TeamOf(sam), shift.Id, null, null, RotaWorld.Now));

        var team = world.Snapshot().TeamOf(sam, Monday);

        Assert.Equal(40, team.CoveredHoursPerWeek);
        Assert.Equal(CoveredHoursSource.AllocatedHours, team.CoveredHoursFrom);
    }

    [Fact]
    public void The_size_check_counts_covered_hours_from_the_rota_where_the_week_has_one()
    {
        var world = new RotaWorld();
        var sam = world.Person("sam", funded: 40);
        var alex = world.Member(sam, "alex", hours: 40);
        var before = SizeCheckRules.Check(world.Snapshot(), 0, World.Today);
        world.Shift(sam, Monday, "08:00", "16:00", alex);
        world.Shift(sam, Monday.AddDays(1), "08:00", "16:00", alex);

        var after = SizeCheckRules.Check(world.Snapshot(), 0, World.Today);
        var weekAfter = SizeCheckRules.Check(world.Snapshot(), 0, Monday.AddDays(7));

        Assert.DoesNotContain(before.Findings, f => f.Code == FindingCode.FundedHoursGap);
        var gap = Assert.Single(after.Findings, f => f.Code == FindingCode.FundedHoursGap);
        Assert.Equal((40.0, 16.0), (gap.Limit, gap.Actual));
        Assert.Contains("16 of 40 funded hours", gap.Message);
        Assert.DoesNotContain(weekAfter.Findings, f => f.Code == FindingCode.FundedHoursGap);
    }
}
