using System.Globalization;
using SupportGrains.Grains.Due;
using SupportGrains.Grains.Matches;
using SupportGrains.Grains.Organisations;
using SupportGrains.Grains.Staff;

namespace SupportGrains.Grains.Tests.Due;

/// <summary>DOMAIN.md "Due dates": what is due, worked out from an organisation's snapshot on a day (today is 2026-11-24).</summary>
public sealed partial class DueRulesTests
{
    private static readonly DateOnly Today = World.Today;
    private static readonly DateTimeOffset RecordedAt = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Items_are_listed_nearest_first_and_what_is_overdue_is_kept_whatever_the_window()
    {
        var world = new World();
        var leader = world.Staff("lead", leader: true, startedOn: D("2026-01-10"));
        var alex = world.Staff("alex", availability: [Sick("2026-11-20", "2026-11-26")]);
        var sam = world.Person("sam", startedOn: D("2026-03-01"));
        var jo = world.Person("jo", startedOn: D("2025-06-01"));
        world.Knows(leader, jo, D("2026-11-01"));
        With(world, world.Match(sam, alex, MatchStage.Matched), [Reached(MatchStage.Matched, "2026-10-01")], "2026-11-03");

        var week = DueRules.For(world.Snapshot(), Today, 7);
        var none = DueRules.For(world.Snapshot(), Today, 0);

        Assert.Equal(
            ["LEADER_CONTACT/lead/sam/2026-03-01", "RETURN_TO_WORK/alex/2026-11-27", "REVIEW/m1-sam/2026-12-01", "LEADER_CONTACT/lead/jo/2026-12-01"],
            week.Select(i => i.Key));
        Assert.Equal(["LEADER_CONTACT/lead/sam/2026-03-01"], none.Select(i => i.Key));
        Assert.True(none[0].IsOverdueOn(Today));
    }

    [Fact]
    public void A_window_outside_zero_to_ten_years_is_refused()
    {
        var snapshot = new World().Snapshot();

        var negative = Assert.Throws<DomainException>(() => DueRules.For(snapshot, Today, -1));
        var tooLong = Assert.Throws<DomainException>(() => DueRules.For(snapshot, Today, DueRules.MaxWithinDays + 1));

        Assert.Equal(ErrorCode.InvalidInput, negative.Code);
        Assert.Contains("within", negative.Message);
        Assert.Equal(ErrorCode.InvalidInput, tooLong.Code);
        Assert.Empty(DueRules.For(snapshot, Today, DueRules.MaxWithinDays));
    }

    [Fact]
    public void A_colleague_sees_what_is_due_for_them_as_leader_as_the_colleague_back_from_sickness_and_in_their_matches()
    {
        var world = new World();
        var leader = world.Staff("lead", leader: true);
        var alex = world.Staff("alex", availability: [Sick("2026-11-10", "2026-11-12")]);
        var bo = world.Staff("bo");
        var sam = world.Person("sam");
        world.Knows(leader, sam, D("2026-11-20"));
        With(world, world.Match(sam, alex, MatchStage.Matched), [Reached(MatchStage.Matched, "2026-11-01")]);
        With(world, world.Match(sam, bo, MatchStage.Matched), [Reached(MatchStage.Matched, "2026-11-02")]);

        var forLeader = DueRules.ForStaff(world.Snapshot(), leader.Id, Today, 60);
        var forAlex = DueRules.ForStaff(world.Snapshot(), alex.Id, Today, 60);

        Assert.Equal([DueKind.LeaderContact], forLeader.Select(i => i.Kind));
        Assert.Equal(["RETURN_TO_WORK/alex/2026-11-13", "REVIEW/m1-sam/2026-11-29"], forAlex.Select(i => i.Key));
        Assert.All(forAlex, i => Assert.Equal(alex.Id, i.StaffId));
    }

    [Fact]
    public void A_leader_is_due_time_with_each_person_when_the_contact_days_run_out_as_the_size_check_counts_them()
    {
        var world = new World();
        var leader = world.Staff("lead", leader: true);
        var seen = world.Person("seen");
        var stale = world.Person("stale");
        var recent = world.Person("recent");
        world.Knows(leader, seen, D("2026-10-25"));
        world.Knows(leader, stale, D("2026-10-24"));
        world.Knows(leader, recent, D("2026-11-20"));

        var due = DueRules.For(world.Snapshot(), Today, 7);
        var check = SizeCheckRules.Check(world.Snapshot(), 0, Today);

        Assert.Equal([stale.Id, seen.Id], due.Select(i => i.PersonId));
        var today = due.Single(i => i.PersonId == seen.Id);
        Assert.Equal((Today, Today.AddDays(1), leader.Id), (today.DueOn, today.OverdueFrom!.Value, today.StaffId!));
        Assert.False(today.IsOverdueOn(Today));
        Assert.True(due.Single(i => i.PersonId == stale.Id).IsOverdueOn(Today));
        Assert.Equal([stale.Id], check.Findings.Single(f => f.Code == FindingCode.LeaderContactStale).PersonIds.AsEnumerable());
        Assert.Equal("Staff lead (leader) is due to spend time with Person seen by 2026-11-24: leaders see everyone supported at least every 30 days, and they were last together on 2026-10-25.",
            today.Message);
    }

    [Fact]
    public void A_leader_with_no_time_recorded_with_a_person_is_due_it_at_once()
    {
        var world = new World();
        var leader = world.Staff("lead", leader: true, startedOn: D("2026-01-10"));
        var worker = world.Staff("worker");
        var newer = world.Person("newer", startedOn: D("2026-03-01"));
        var longer = world.Person("longer", startedOn: D("2025-01-01"));
        With(world, world.Match(newer, leader, MatchStage.Matched), [Reached(MatchStage.Matched, "2026-11-20")]);

        var due = DueRules.For(world.Snapshot(), Today, 0).Where(i => i.Kind == DueKind.LeaderContact).ToList();

        Assert.Equal([(longer.Id, D("2026-01-10")), (newer.Id, D("2026-03-01"))], due.Select(i => (i.PersonId!, i.DueOn)));
        Assert.All(due, i => Assert.True(i.IsOverdueOn(Today)));
        Assert.DoesNotContain(due, i => i.StaffId == worker.Id);
        Assert.Equal("Staff lead (leader) is due to spend time with Person newer at once: no time together is recorded since both were with the organisation on 2026-03-01.",
            due[1].Message);
    }

    [Fact]
    public void Leaders_who_have_left_and_people_not_supported_today_are_due_no_time_together()
    {
        var world = new World();
        var gone = world.Staff("gone", leader: true, leftOn: Today);
        var leader = world.Staff("lead", leader: true);
        var ended = world.Person("ended", endedOn: Today);
        var planned = world.Person("planned", startedOn: Today.AddDays(3));
        world.Knows(gone, ended, D("2026-09-01"));
        world.Knows(leader, ended, D("2026-09-01"));

        Assert.Empty(DueRules.For(world.Snapshot(), Today, DueRules.MaxWithinDays));
        Assert.Equal([(planned.Id, leader.Id)], DueRules.For(world.Snapshot(), planned.SupportStartedOn, 0).Select(i => (i.PersonId!, i.StaffId!)));
    }

    private static DateOnly D(string day) => DateOnly.Parse(day, CultureInfo.InvariantCulture);

    private static AvailabilityChange Sick(string from, string? until) => Window(AvailabilityStatus.OffSick, from, until);

    private static AvailabilityChange Window(AvailabilityStatus status, string from, string? until) =>
        new(status, D(from), until is null ? null : D(until), null, RecordedAt);

    private static MatchEvent Reached(MatchStage stage, string day) => new(stage, new DateTimeOffset(D(day).ToDateTime(new TimeOnly(9, 30)), TimeSpan.Zero), null);

    /// <summary>Gives a match of the world its history (the stages it reached, oldest first) and the days it was reviewed.</summary>
    private static Match With(World world, Match match, MatchEvent[] history, params string[] reviews) =>
        world.Change(match, m => m with
        {
            History = [.. history],
            Reviews = [.. reviews.Select(on => new MatchReview(D(on), Perspective.Person, ["Cooking together"], [], []))],
        });
}
