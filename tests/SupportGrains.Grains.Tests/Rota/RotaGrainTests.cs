using System.Text.Json;
using SupportGrains.Grains.Matches;
using SupportGrains.Grains.People;
using SupportGrains.Grains.Rota;
using SupportGrains.Grains.Staff;
using SupportGrains.Grains.Teams;
using SupportGrains.Testing;

namespace SupportGrains.Grains.Tests.Rota;

/// <summary>The rota grain on a real store: refusals write nothing, retries apply once, and the organisation sees every change.</summary>
public abstract class RotaGrainTests(ClusterFixture cluster) : IDisposable
{
    private DateOnly Today => cluster.Today;

    private DateOnly Monday => ShiftTimes.WeekOf(cluster.Today);

    public void Dispose()
    {
        cluster.Faults.Clear();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Each_refusal_writes_nothing_and_leaves_the_rota_as_it_was()
    {
        var (organisation, sam, alex) = await TeamAsync();
        var jo = await MemberAsync(organisation, sam, "Jo", MatchStage.Induction);
        var candidate = await organisation.StaffAsync("Candidate", Today.AddYears(-1));
        await organisation.MatchAsync(sam, candidate, MatchStage.Offered);
        var rota = Rota(sam);
        var shift = await rota.AddShiftAsync(Day(Monday.AddDays(3), alex), ChangeContext.None);
        var swap = await rota.ProposeSwapAsync(shift.Id, alex.Id, null, null, ChangeContext.None);
        var before = Json(await rota.GetAsync());
        cluster.Faults.Clear();

        var refusals = new Func<Task>[]
        {
            () => rota.AddShiftAsync(Day(Monday, candidate), new ChangeContext("a")),
            () => rota.AddShiftAsync(Day(Monday.AddDays(4), jo), new ChangeContext("b")),
            () => rota.AddShiftAsync(Day(Monday, alex) with { End = new TimeOnly(8, 0) }, ChangeContext.None),
            () => rota.AssignShiftAsync(shift.Id, candidate.Id, null, ChangeContext.None),
            () => rota.AssignShiftAsync("sh99-" + sam.Id, alex.Id, null, ChangeContext.None),
            () => rota.CancelShiftAsync("sh99-" + sam.Id, null, null, ChangeContext.None),
            () => rota.ProposeSwapAsync(shift.Id, alex.Id, null, null, ChangeContext.None),
            () => rota.AcceptSwapAsync(swap.Id, alex.Id, ChangeContext.None),
            () => rota.SetPatternAsync(new NewRotaPattern(9, Monday, [new ShiftTemplate(1, Weekday.Monday, new(8, 0), new(16, 0), ShiftKind.Day, alex.Id)]), ChangeContext.None),
            () => rota.ApplyPatternAsync(Monday, 2, null, ChangeContext.None),
        };
        var codes = new List<string>();
        foreach (var refusal in refusals)
        {
            codes.Add((await Assert.ThrowsAsync<DomainException>(refusal)).Code);
        }

        Assert.Equal([ErrorCode.InvalidInput, ErrorCode.InvalidInput, ErrorCode.InvalidInput, ErrorCode.InvalidInput, ErrorCode.NotFound, ErrorCode.NotFound,
            ErrorCode.InvalidTransition, ErrorCode.InvalidInput, ErrorCode.InvalidInput, ErrorCode.InvalidTransition], codes);
        Assert.DoesNotContain(cluster.Faults.Written, w => w.StateName == StorageNames.Rota);
        Assert.Equal(before, Json(await rota.GetAsync()));
    }

    [Fact]
    public async Task The_same_client_mutation_id_twice_changes_nothing_the_second_time()
    {
        var (organisation, sam, alex) = await TeamAsync();
        var kim = await MemberAsync(organisation, sam, "Kim");
        var rota = Rota(sam);
        var key = Guid.NewGuid().ToString("N");

        var first = await rota.AddShiftAsync(Day(Monday.AddDays(3), alex), new ChangeContext(key + "add"));
        var again = await rota.AddShiftAsync(Day(Monday.AddDays(3), alex), new ChangeContext(key + "add"));
        await rota.SetPatternAsync(new NewRotaPattern(1, Monday, [new ShiftTemplate(1, Weekday.Friday, new(8, 0), new(16, 0), ShiftKind.Day, kim.Id)]), new ChangeContext(key + "pattern"));
        await rota.SetPatternAsync(new NewRotaPattern(1, Monday, [new ShiftTemplate(1, Weekday.Friday, new(8, 0), new(16, 0), ShiftKind.Day, kim.Id)]), new ChangeContext(key + "pattern"));
        var applied = await rota.ApplyPatternAsync(Monday, 2, null, new ChangeContext(key + "apply"));
        var reapplied = await rota.ApplyPatternAsync(Monday, 2, null, new ChangeContext(key + "apply"));
        var swap = await rota.ProposeSwapAsync(first.Id, alex.Id, null, null, new ChangeContext(key + "swap"));
        var swapAgain = await rota.ProposeSwapAsync(first.Id, alex.Id, null, null, new ChangeContext(key + "swap"));
        await rota.AcceptSwapAsync(swap.Id, kim.Id, new ChangeContext(key + "accept"));
        var accepted = await rota.AcceptSwapAsync(swap.Id, kim.Id, new ChangeContext(key + "accept"));
        await rota.CancelShiftAsync(first.Id, "Not needed", null, new ChangeContext(key + "cancel"));
        var cancelled = await rota.CancelShiftAsync(first.Id, "Not needed", null, new ChangeContext(key + "cancel"));

        var state = await rota.GetAsync();
        Assert.Equal(first.Id, again.Id);
        Assert.Single(state.Patterns);
        Assert.Equal(applied.Number, reapplied.Number);
        Assert.Equal<string>(applied.ShiftIds, reapplied.ShiftIds);
        Assert.Equal(2, applied.FilledWeeks.Length);
        Assert.Single(state.Applications);
        Assert.Equal(3, state.Shifts.Length);
        Assert.Equal(swap.Id, swapAgain.Id);
        Assert.Single(state.Swaps);
        Assert.Equal(SwapStatus.Accepted, accepted.Status);
        Assert.NotNull(cancelled.Cancellation);
        Assert.Single(state.ShiftById(first.Id)!.History, e => e.What == ShiftChange.Cancelled);
    }

    [Fact]
    public async Task The_organisation_sees_each_rota_change_at_its_next_question()
    {
        var (organisation, sam, alex) = await TeamAsync(allocated: 40);
        var rotaQuestions = cluster.Grains.GetGrain<IOrganisationRotaGrain>(organisation.Id);
        var rota = Rota(sam);
        var before = await organisation.Grain.TeamAsync(sam.Id, Today);

        var shift = await rota.AddShiftAsync(Day(Monday.AddDays(2), alex), ChangeContext.None);
        var withShift = await organisation.Grain.TeamAsync(sam.Id, Today);
        var week = await rotaQuestions.RotaWeekAsync(sam.Id, Today);
        await cluster.Grains.GetGrain<IStaffMemberGrain>(alex.Id).SetAvailabilityAsync(AvailabilityStatus.OnLeave, Monday.AddDays(2), Monday.AddDays(2), null, ChangeContext.None);
        var onLeave = await rotaQuestions.RotaWeekAsync(sam.Id, Today);
        await rota.AssignShiftAsync(shift.Id, null, null, ChangeContext.None);
        var opened = await rotaQuestions.RotaWeekAsync(sam.Id, Today);
        var check = await organisation.Grain.SizeCheckAsync(0, Today);

        Assert.Equal((40, CoveredHoursSource.AllocatedHours), (before!.CoveredHoursPerWeek, before.CoveredHoursFrom));
        Assert.Equal((8, CoveredHoursSource.Rota), (withShift!.CoveredHoursPerWeek, withShift.CoveredHoursFrom));
        Assert.Equal(shift.Id, Assert.Single(week!.Shifts).Id);
        Assert.Equal(1, week.Continuity);
        Assert.Equal(ClashKind.NotAvailable, Assert.Single(onLeave!.Clashes).Kind);
        Assert.Equal(0, onLeave.CoveredHours);
        Assert.Empty(opened!.Clashes);
        Assert.Single(opened.OpenShifts);
        Assert.Contains(check.Findings, f => f.Code == Grains.Organisations.FindingCode.FundedHoursGap && f.PersonIds.Contains(sam.Id));
    }

    [Fact]
    public async Task A_colleague_rostered_in_two_teams_at_once_clashes_in_both_and_sees_both_shifts()
    {
        var (organisation, sam, alex) = await TeamAsync();
        var kai = await organisation.PersonAsync("Kai", Today.AddYears(-1));
        var kaisMatch = await organisation.MatchAsync(kai, alex, MatchStage.Matched);
        var withSam = await Rota(sam).AddShiftAsync(Day(Monday.AddDays(1), alex), ChangeContext.None);
        var withKai = await Rota(kai).AddShiftAsync(new NewShift(Monday.AddDays(1), new(15, 0), new(21, 0), ShiftKind.Day, alex.Id), ChangeContext.None);
        var questions = cluster.Grains.GetGrain<IOrganisationRotaGrain>(organisation.Id);

        var samsWeek = await questions.RotaWeekAsync(sam.Id, Monday);
        var kaisWeek = await questions.RotaWeekAsync(kai.Id, Monday);
        var alexsShifts = await questions.ShiftsOfAsync(alex.Id, Monday, Monday.AddDays(13));

        Assert.Equal(withKai.Id, Assert.Single(samsWeek!.Clashes).OtherShiftId);
        Assert.Equal(withSam.Id, Assert.Single(kaisWeek!.Clashes).OtherShiftId);
        Assert.Contains("Alex is rostered in two places at once", samsWeek.Clashes[0].Message);
        Assert.Equal([withSam.Id, withKai.Id], alexsShifts.Select(s => s.Id));
        Assert.All(alexsShifts, s => Assert.Single(s.Clashes));
        Assert.Equal(MatchStage.Matched, alexsShifts[1].Stage);
        Assert.Equal(kai.Id, Ids.PersonOfMatch(kaisMatch.Id));
    }

    [Fact]
    public async Task Shifts_from_the_day_a_colleagues_match_ends_clash_as_not_in_the_team_and_earlier_ones_stand()
    {
        var (organisation, sam, alex) = await TeamAsync();
        var kim = await MemberAsync(organisation, sam, "Kim");
        var rota = Rota(sam);
        var lastWeek = await rota.AddShiftAsync(Day(Monday.AddDays(-5), alex), ChangeContext.None);
        var nextWeek = await rota.AddShiftAsync(Day(Monday.AddDays(9), alex), ChangeContext.None);
        var kims = await rota.AddShiftAsync(Day(Monday.AddDays(10), kim), ChangeContext.None);
        var match = (await organisation.TeamOf(sam).GetAsync())!.Matches.Single(m => m.StaffId == alex.Id);
        var questions = cluster.Grains.GetGrain<IOrganisationRotaGrain>(organisation.Id);

        await organisation.TeamOf(sam).EndMatchAsync(match.Id, "Moved away", ChangeContext.None);
        var before = await questions.RotaWeekAsync(sam.Id, Monday.AddDays(-7));
        var after = await questions.RotaWeekAsync(sam.Id, Monday.AddDays(7));
        var refused = await Assert.ThrowsAsync<DomainException>(() => rota.AddShiftAsync(Day(Monday.AddDays(11), alex), ChangeContext.None));

        Assert.Equal(lastWeek.Id, Assert.Single(before!.Shifts).Id);
        Assert.Empty(before.Clashes);
        var clash = Assert.Single(after!.Clashes);
        Assert.Equal((ClashKind.NotInTeam, nextWeek.Id, alex.Id), (clash.Kind, clash.ShiftId, clash.StaffId));
        Assert.Contains($"Alex is rostered", clash.Message);
        Assert.Contains($"no longer in the team around Sam: their match ended on {Today:yyyy-MM-dd}", clash.Message);
        Assert.Contains(after.Shifts, s => s.Id == kims.Id);
        Assert.Equal(8, after.CoveredHours);
        Assert.Equal(ErrorCode.InvalidInput, refused.Code);
    }

    [Fact]
    public async Task A_shift_given_at_the_moment_its_colleagues_match_ends_is_refused_or_shown_as_a_clash_never_silently_kept()
    {
        for (var round = 0; round < 6; round++)
        {
            var (organisation, sam, alex) = await TeamAsync();
            var rota = Rota(sam);
            var open = await rota.AddShiftAsync(new NewShift(Monday.AddDays(8), new(8, 0), new(16, 0), ShiftKind.Day, null), ChangeContext.None);
            var match = (await organisation.TeamOf(sam).GetAsync())!.Matches.Single(m => m.StaffId == alex.Id);

            var giving = rota.AssignShiftAsync(open.Id, alex.Id, null, ChangeContext.None);
            var ending = organisation.TeamOf(sam).EndMatchAsync(match.Id, "Moved away", ChangeContext.None);
            var given = await Record.ExceptionAsync(() => giving);
            await ending;
            var week = await cluster.Grains.GetGrain<IOrganisationRotaGrain>(organisation.Id).RotaWeekAsync(sam.Id, Monday.AddDays(7));
            var shift = week!.Shifts.Single(s => s.Id == open.Id);

            if (given is null)
            {
                Assert.Equal(alex.Id, shift.StaffId);
                Assert.Equal(ClashKind.NotInTeam, Assert.Single(week.Clashes).Kind);
            }
            else
            {
                Assert.Equal(ErrorCode.InvalidInput, Assert.IsType<DomainException>(given).Code);
                Assert.Null(shift.StaffId);
                Assert.Empty(week.Clashes);
            }
        }
    }

    private IRotaGrain Rota(PersonView person) => cluster.Grains.GetGrain<IRotaGrain>(person.Id);

    private static NewShift Day(DateOnly day, StaffView staff) => new(day, new TimeOnly(8, 0), new TimeOnly(16, 0), ShiftKind.Day, staff.Id);

    private static string Json(RotaState state) => JsonSerializer.Serialize(state);

    private async Task<(TestOrganisation Organisation, PersonView Sam, StaffView Alex)> TeamAsync(double allocated = 0)
    {
        var organisation = await TestOrganisation.CreateAsync(cluster, Today.AddYears(-2));
        var sam = await organisation.PersonAsync("Sam", Today.AddYears(-1));
        var alex = await MemberAsync(organisation, sam, "Alex", MatchStage.Matched, allocated);
        return (organisation, sam, alex);
    }

    private async Task<StaffView> MemberAsync(TestOrganisation organisation, PersonView person, string name, MatchStage stage = MatchStage.Matched, double hours = 0)
    {
        var staff = await organisation.StaffAsync(name, Today.AddYears(-1));
        var match = await organisation.MatchAsync(person, staff, stage);
        if (hours > 0)
        {
            await organisation.TeamOf(person).AllocateHoursAsync(match.Id, hours, null, ChangeContext.None);
        }

        return staff;
    }
}

[Collection(SqliteCluster.Name)]
public sealed class SqliteRotaGrainTests(SqliteClusterFixture cluster) : RotaGrainTests(cluster);

[Collection(PostgresCluster.Name)]
public sealed class PostgresRotaGrainTests(PostgresClusterFixture cluster) : RotaGrainTests(cluster);
