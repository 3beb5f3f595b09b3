using System.Collections.Immutable;
using SupportGrains.Grains.Common;
using SupportGrains.Grains.Knows;
using SupportGrains.Grains.Matches;
using SupportGrains.Grains.People;
using SupportGrains.Reliability.Tests.Crashes;
using SupportGrains.Testing;
using Xunit.Abstractions;
using ErrorCode = SupportGrains.Grains.Common.ErrorCode;

namespace SupportGrains.Reliability.Tests.Concurrency;

/// <summary>
/// Concurrency (issue 12): hundreds of changes sent at once, straight to the grains of a test cluster
/// on a real store, all on the same person, team, match and rota week, many conflicting (moves of one
/// match to different stages, shadow shifts racing the end of induction, shifts racing the end of a
/// match), some sent twice at once with the same clientMutationId. Each acknowledged change is there
/// exactly once with its one audit entry, no update is lost (every funded-hours change, allocation,
/// review, shadow shift, knows date and shift is kept), the invariants hold, and every refusal is one
/// the rules justify. Full mode (SUPPORTGRAINS_RELIABILITY=full) sends four times as many (to the rota twice).
/// </summary>
public abstract partial class ConflictingChanges(ClusterFixture fixture, ITestOutputHelper output)
{
    private static readonly MatchStage[] Forward = [MatchStage.Applied, MatchStage.OrganisationInterview, MatchStage.PersonInterview, MatchStage.Offered, MatchStage.Induction, MatchStage.Matched];

    /// <summary>How many times the short mode's figures are sent.</summary>
    private static int Scale => ReliabilityMode.Choose(1, 4);

    [Fact]
    public async Task Hundreds_of_conflicting_changes_to_one_person_team_and_match_each_land_once_with_no_lost_update()
    {
        var seed = ReliabilityMode.Seed;
        var random = new Random(seed);
        var organisation = await Organisation.CreateAsync(fixture);
        var today = organisation.Today;
        var person = await organisation.PersonAsync("Ada Concurrent");
        var team = organisation.TeamOf(person.Id);
        var anchor = await organisation.StaffAsync("Bea Anchor");
        var anchorMatch = await organisation.MatchAsync(person.Id, anchor.Id, MatchStage.Matched);
        var inductee = await organisation.StaffAsync("Cal Inductee");
        var induction = await organisation.MatchAsync(person.Id, inductee.Id, MatchStage.Induction);
        var racers = new List<(string StaffId, Match Match)>();
        for (var i = 0; i < 8; i++)
        {
            var staff = await organisation.StaffAsync($"Racer {i}");
            racers.Add((staff.Id, await organisation.MatchAsync(person.Id, staff.Id, MatchStage.Interested)));
        }

        var attempts = new Attempts(random);
        var funded = new Dictionary<string, double>();
        for (var i = 1; i <= 50 * Scale; i++)
        {
            var (key, hours) = (attempts.NewKey("funded"), 20 + (0.01 * i));
            funded[key] = hours;

            // Twice at once with the same clientMutationId: one change.
            attempts.Add(key, "setFundedHours", c => organisation.Grains.GetGrain<IPersonGrain>(person.Id).SetFundedHoursAsync(hours, null, null, c));
            attempts.Add(key, "setFundedHours", c => organisation.Grains.GetGrain<IPersonGrain>(person.Id).SetFundedHoursAsync(hours, null, null, c));
        }

        var advances = new Dictionary<string, (string MatchId, MatchStage To)>();
        foreach (var (_, match) in racers)
        {
            for (var i = 0; i < 8 * Scale; i++)
            {
                var (key, to) = (attempts.NewKey("advance"), Forward[random.Next(Forward.Length)]);
                advances[key] = (match.Id, to);
                attempts.Add(key, "advanceMatch", c => team.AdvanceMatchAsync(match.Id, to, key, c));
            }
        }

        var allocations = new Dictionary<string, double>();
        var reviews = new List<string>();
        for (var i = 1; i <= 50 * Scale; i++)
        {
            var (key, hours) = (attempts.NewKey("allocate"), 10 + (0.01 * i));
            allocations[key] = hours;
            attempts.Add(key, "allocateHours", c => team.AllocateHoursAsync(anchorMatch.Id, hours, null, c));
            var review = attempts.NewKey("review");
            reviews.Add(review);
            attempts.Add(review, "reviewMatch", c => team.ReviewMatchAsync(anchorMatch.Id, new MatchReview(today, Perspective.Staff, [review], [], []), c));
        }

        var shadows = new List<string>();
        for (var i = 0; i < 40 * Scale; i++)
        {
            var key = attempts.NewKey("shadow");
            shadows.Add(key);
            attempts.Add(key, "recordShadowShift", c => team.RecordShadowShiftAsync(induction.Id, today, i % 2 == 0 ? anchor.Id : null, key, c));
        }

        // Induction ends somewhere among them: a shadow shift after it is refused, one before it kept.
        var matched = attempts.NewKey("matched");
        attempts.Add(matched, "advanceMatch", c => team.AdvanceMatchAsync(induction.Id, MatchStage.Matched, matched, c));

        var knowsGrain = organisation.Grains.GetGrain<IKnowsGrain>(organisation.Id);
        var knows = new Dictionary<string, (string StaffId, string? PersonId, string? ColleagueId, DateOnly On)>();
        var pairs = racers.Take(4).SelectMany((a, i) => racers.Take(4).Skip(i + 1).Select(b => (a.StaffId, b.StaffId))).ToList();
        for (var i = 0; i < 5 * Scale; i++)
        {
            foreach (var (staffId, _) in racers)
            {
                var (key, on) = (attempts.NewKey("knows"), today.AddDays(-random.Next(30)));
                knows[key] = (staffId, person.Id, null, on);
                attempts.Add(key, "recordKnows", c => knowsGrain.RecordAsync(staffId, person.Id, null, on, c));
            }

            foreach (var (a, b) in pairs)
            {
                // Each pair recorded from both sides at once: one link.
                var (from, to) = random.Next(2) == 0 ? (a, b) : (b, a);
                var (key, on) = (attempts.NewKey("knows"), today.AddDays(-random.Next(30)));
                knows[key] = (from, null, to, on);
                attempts.Add(key, "recordKnows", c => knowsGrain.RecordAsync(from, null, to, on, c));
            }
        }

        var sent = await attempts.SendAsync();

        // After induction ended, every shadow shift is refused.
        var late = new List<string>();
        for (var i = 0; i < 10 * Scale; i++)
        {
            var key = attempts.NewKey("shadow");
            late.Add(key);
            attempts.Add(key, "recordShadowShift", c => team.RecordShadowShiftAsync(induction.Id, today, null, key, c));
        }

        var afterwards = await attempts.SendAsync();

        var checks = new CrashChecks();
        var byKey = attempts.All.GroupBy(a => a.Key).ToDictionary(g => g.Key, g => g.ToList());
        var audit = await organisation.AppliedAuditByKeyAsync();
        Once(checks, attempts.All, audit);

        // No lost update: every acknowledged funded-hours change, allocation, review and shadow shift kept, exactly once.
        var after = (await organisation.Grains.GetGrain<IPersonGrain>(person.Id).GetAsync())!;
        foreach (var (key, hours) in funded)
        {
            var kept = after.FundedHoursHistory.Count(f => f.HoursPerWeek == hours);
            checks.That(Acknowledged(byKey, key) && kept == 1, () => $"setFundedHours {key} ({hours} h): acknowledged {Acknowledged(byKey, key)}, kept {kept} times");
        }

        checks.That(after.FundedHoursHistory.Length == 1 + funded.Count, () => $"{after.FundedHoursHistory.Length} funded-hours figures for 1 + {funded.Count} changes");
        var state = await team.GetAsync();
        var anchorAfter = state.Matches.Single(m => m.Id == anchorMatch.Id);
        foreach (var (key, hours) in allocations)
        {
            var kept = anchorAfter.Allocations.Count(a => a.HoursPerWeek == hours);
            checks.That(Acknowledged(byKey, key) && kept == 1, () => $"allocateHours {key} ({hours} h): acknowledged {Acknowledged(byKey, key)}, kept {kept} times");
        }

        checks.That(anchorAfter.Allocations.Length == allocations.Count, () => $"{anchorAfter.Allocations.Length} allocations for {allocations.Count} changes");
        foreach (var key in reviews)
        {
            var kept = anchorAfter.Reviews.Count(r => r.Working.Contains(key));
            checks.That(Acknowledged(byKey, key) && kept == 1, () => $"reviewMatch {key}: acknowledged {Acknowledged(byKey, key)}, kept {kept} times");
        }

        Shadows(checks, state.Matches.Single(m => m.Id == induction.Id), byKey, shadows, late, matched);
        Advances(checks, state.Matches, byKey, advances);
        await KnowsAsync(checks, organisation, byKey, knows);
        Invariants(checks, state.Matches);

        var refused = attempts.All.Where(a => !a.Acknowledged).ToList();
        Report(seed, attempts.All, checks, $"{sent.Count + afterwards.Count} changes sent at once in two waves to one person, one team ({state.Matches.Length} matches) and the organisation's knows links");
        checks.That(refused.All(r => r.What is "advanceMatch" or "recordShadowShift"), () => "refusals of changes the rules allow: " + string.Join("; ", refused.Where(r => r.What is not ("advanceMatch" or "recordShadowShift")).Select(r => $"{r} {r.RefusalCode}: {r.RefusalMessage}")));
        Assert.True(checks.Problems.Count == 0, $"{checks.Problems.Count} problems:\n{string.Join('\n', checks.Problems.Take(40))}");
        Assert.Contains(attempts.All, a => a.What == "advanceMatch" && !a.Acknowledged);
    }

    [Fact]
    public async Task A_change_sent_again_after_hundreds_of_other_changes_to_the_same_person_is_applied_once()
    {
        var organisation = await Organisation.CreateAsync(fixture);
        var person = organisation.Grains.GetGrain<IPersonGrain>((await organisation.PersonAsync("Rory Retry")).Id);
        var attempts = new Attempts(new Random(ReliabilityMode.Seed));
        var key = attempts.NewKey("retried");
        attempts.Add(key, "setFundedHours", c => person.SetFundedHoursAsync(33.33, null, null, c));
        await attempts.SendAsync();

        // More changes to the same person than a grain remembers by count alone, as a client waits out a lost answer.
        for (var i = 1; i <= 250; i++)
        {
            var hours = 20 + (0.01 * i);
            attempts.Add(attempts.NewKey("between"), "setFundedHours", c => person.SetFundedHoursAsync(hours, null, null, c));
        }

        await attempts.SendAsync();
        attempts.Add(key, "setFundedHours", c => person.SetFundedHoursAsync(33.33, null, null, c));
        await attempts.SendAsync();

        var after = (await person.GetAsync())!;
        Assert.All(attempts.All, a => Assert.True(a.Acknowledged, $"{a}: {a.RefusalMessage}"));
        Assert.Single(after.FundedHoursHistory, f => f.HoursPerWeek == 33.33);
        Assert.Equal(1 + 1 + 250, after.FundedHoursHistory.Length);
        Assert.Equal(1, (await organisation.AppliedAuditByKeyAsync())[key]);
    }

    private static bool Acknowledged(Dictionary<string, List<Attempt>> byKey, string key) => byKey.TryGetValue(key, out var sent) && sent.All(a => a.Acknowledged);

    /// <summary>
    /// Every acknowledged change has exactly one applied audit entry (at most one for an assignment,
    /// which writes nothing when the shift is with that colleague already); a refused one none; two
    /// sendings of one key answer alike.
    /// </summary>
    private static void Once(CrashChecks checks, IReadOnlyCollection<Attempt> all, IReadOnlyDictionary<string, int> audit)
    {
        foreach (var group in all.GroupBy(a => a.Key))
        {
            var entries = audit.GetValueOrDefault(group.Key);
            var acknowledged = group.Count(a => a.Acknowledged);
            checks.That(acknowledged == 0 || acknowledged == group.Count(), () => $"{group.First()}: sent {group.Count()} times at once, acknowledged {acknowledged} times, refused the others ({group.FirstOrDefault(a => !a.Acknowledged)?.RefusalMessage})");
            var noChange = group.Key.StartsWith("assign", StringComparison.Ordinal) && entries == 0;
            checks.That(entries == (acknowledged > 0 && !noChange ? 1 : 0), () => $"{group.First()}: acknowledged {acknowledged} of {group.Count()} sendings, {entries} applied audit entries");
        }
    }

    /// <summary>Stages only forward; an acknowledged move is in the history once; a refused one asked for a stage the match had reached already.</summary>
    private static void Advances(CrashChecks checks, ImmutableArray<Match> matches, Dictionary<string, List<Attempt>> byKey, Dictionary<string, (string MatchId, MatchStage To)> advances)
    {
        foreach (var (key, (matchId, to)) in advances)
        {
            var match = matches.Single(m => m.Id == matchId);
            var attempt = byKey[key][0];
            var events = match.History.Count(e => e.Note == key);
            if (attempt.Acknowledged)
            {
                checks.That(events == 1 && match.History.Single(e => e.Note == key).Stage == to, () => $"advanceMatch {key} to {to}: acknowledged, {events} events in the history");
            }
            else
            {
                checks.That(events == 0 && attempt.RefusalCode == ErrorCode.InvalidTransition && match.History.Any(e => e.Stage >= to),
                    () => $"advanceMatch {key} to {to}: refused ({attempt.RefusalCode}: {attempt.RefusalMessage}) though the match never got that far ({string.Join(" → ", match.History.Select(e => e.Stage))})");
            }
        }
    }

    private static void Shadows(CrashChecks checks, Match match, Dictionary<string, List<Attempt>> byKey, List<string> during, List<string> late, string matched)
    {
        checks.That(match.Stage == MatchStage.Matched && Acknowledged(byKey, matched), () => $"the inductee's match is at {match.Stage}, not MATCHED");
        foreach (var key in during.Concat(late))
        {
            var attempt = byKey[key][0];
            var kept = match.ShadowShiftEntries.Count(s => s.Note == key);
            checks.That(attempt.Acknowledged ? kept == 1 : kept == 0 && attempt.RefusalCode == ErrorCode.InvalidTransition,
                () => $"recordShadowShift {key}: acknowledged {attempt.Acknowledged} ({attempt.RefusalCode}: {attempt.RefusalMessage}), kept {kept} times");
        }

        checks.That(late.All(k => !byKey[k][0].Acknowledged), () => "a shadow shift was recorded after induction ended");
        checks.That(match.ShadowShifts == match.ShadowShiftEntries.Length && match.ShadowShifts == during.Count(k => byKey[k][0].Acknowledged),
            () => $"{match.ShadowShifts} shadow shifts counted, {match.ShadowShiftEntries.Length} entries, {during.Count(k => byKey[k][0].Acknowledged)} acknowledged");
    }
}
