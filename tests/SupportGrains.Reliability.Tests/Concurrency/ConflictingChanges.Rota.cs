using SupportGrains.Grains.Common;
using SupportGrains.Grains.Matches;
using SupportGrains.Grains.People;
using SupportGrains.Grains.Rota;
using SupportGrains.Grains.Staff;
using SupportGrains.Reliability.Tests.Crashes;
using ErrorCode = SupportGrains.Grains.Common.ErrorCode;

namespace SupportGrains.Reliability.Tests.Concurrency;

public abstract partial class ConflictingChanges
{
    private static readonly (TimeOnly Start, TimeOnly End, ShiftKind Kind)[] Slots =
        [(new(8, 0), new(14, 0), ShiftKind.Day), (new(14, 0), new(20, 0), ShiftKind.Day), (new(20, 0), new(8, 0), ShiftKind.WakingNight)];

    /// <summary>A rota writes all its shifts with each change, so the full mode sends twice the short one's (not four times).</summary>
    private static int RotaScale => ReliabilityMode.Choose(1, 2);

    [Fact]
    public async Task Hundreds_of_conflicting_changes_to_one_rota_week_each_land_once_and_no_one_is_rostered_outside_the_team()
    {
        var seed = ReliabilityMode.Seed;
        var random = new Random(seed);
        var organisation = await Organisation.CreateAsync(fixture);
        var today = organisation.Today;
        var week = today.AddDays(14 - (((int)today.DayOfWeek + 6) % 7));
        var person = await organisation.PersonAsync("Rhea Rota");
        var team = organisation.TeamOf(person.Id);
        var rota = organisation.Grains.GetGrain<IRotaGrain>(person.Id);
        var colleagues = new List<string>();
        foreach (var name in new[] { "Ann Matched", "Ben Matched", "Eve Leaving" })
        {
            var staff = await organisation.StaffAsync(name);
            await organisation.MatchAsync(person.Id, staff.Id, MatchStage.Matched);
            colleagues.Add(staff.Id);
        }

        var leaving = colleagues[2];
        var leavingMatch = (await team.GetAsync()).Matches.Single(m => m.StaffId == leaving);
        var contested = await rota.AddShiftAsync(new NewShift(week, new(9, 0), new(17, 0), ShiftKind.Day), ChangeContext.None);
        var untouched = await rota.AddShiftAsync(new NewShift(week.AddDays(1), new(9, 0), new(17, 0), ShiftKind.Day), ChangeContext.None);

        var attempts = new Attempts(random);
        var added = new Dictionary<string, string?>();
        void AddShift(string? staffId)
        {
            var key = attempts.NewKey("shift");
            var slot = Slots[random.Next(Slots.Length)];
            var shift = new NewShift(week.AddDays(random.Next(7)), slot.Start, slot.End, slot.Kind, staffId, key);
            added[key] = staffId;
            attempts.Add(key, "addShift", c => rota.AddShiftAsync(shift, c));
        }

        for (var i = 0; i < 120 * RotaScale; i++)
        {
            AddShift(random.Next(4) is var n && n < 3 ? colleagues[n] : null);
        }

        var assigned = new Dictionary<string, string?>();
        for (var i = 0; i < 60 * RotaScale; i++)
        {
            var key = attempts.NewKey("assign");
            string? to = random.Next(4) is var n && n < 3 ? colleagues[n] : null;
            assigned[key] = to;
            attempts.Add(key, "assignShift", c => rota.AssignShiftAsync(contested.Id, to, null, c));
        }

        // Eve's match ends somewhere among them: a shift given to her before it is kept, one after it refused.
        var end = attempts.NewKey("end");
        attempts.Add(end, "endMatch", c => team.EndMatchAsync(leavingMatch.Id, "Moving away", c));
        var first = await attempts.SendAsync();

        // Once her match has ended, no shift can be hers.
        var late = new List<string>();
        for (var i = 0; i < 10 * RotaScale; i++)
        {
            AddShift(leaving);
            late.Add(added.Keys.Last());
            AddShift(colleagues[0]);
            var key = attempts.NewKey("assign");
            late.Add(key);
            attempts.Add(key, "assignShift", c => rota.AssignShiftAsync(untouched.Id, leaving, null, c));
        }

        var second = await attempts.SendAsync();

        var checks = new CrashChecks();
        var byKey = attempts.All.GroupBy(a => a.Key).ToDictionary(g => g.Key, g => g.ToList());
        var audit = await organisation.AppliedAuditByKeyAsync();
        Once(checks, attempts.All, audit);
        var after = await rota.GetAsync();
        checks.That(Acknowledged(byKey, end) && (await team.GetAsync()).Matches.Single(m => m.Id == leavingMatch.Id).IsEnded, () => "Eve's match did not end");
        foreach (var (key, staffId) in added)
        {
            var attempt = byKey[key][0];
            var kept = after.Shifts.Where(s => s.Note == key).ToList();
            checks.That(attempt.Acknowledged ? kept.Count == 1 && kept[0].StaffId == staffId : kept.Count == 0,
                () => $"addShift {key} for {staffId ?? "nobody"}: acknowledged {attempt.Acknowledged}, kept {kept.Count} times");
            checks.That(attempt.Acknowledged || (staffId == leaving && attempt.RefusalCode == ErrorCode.InvalidInput),
                () => $"addShift {key} for {staffId ?? "nobody"} refused ({attempt.RefusalCode}: {attempt.RefusalMessage})");
        }

        checks.That(after.Shifts.Length == 2 + added.Keys.Count(k => byKey[k][0].Acknowledged), () => $"{after.Shifts.Length} shifts for 2 + {added.Keys.Count(k => byKey[k][0].Acknowledged)} added");
        checks.That(after.Shifts.Select(s => s.Id).Distinct().Count() == after.Shifts.Length, () => "two shifts with one id");
        checks.That(late.All(k => !byKey[k][0].Acknowledged && byKey[k][0].RefusalCode == ErrorCode.InvalidInput), () => "a shift given to Eve after her match ended: "
            + string.Join(", ", late.Where(k => byKey[k][0].Acknowledged)));
        checks.That(after.ShiftById(untouched.Id)!.StaffId is null, () => "the untouched shift was given to Eve after her match ended");

        // Every assignment that changed who has the contested shift is one event, in order; none lost, none twice.
        var shift = after.ShiftById(contested.Id)!;
        var events = shift.History.Where(e => e.What is ShiftChange.Assigned or ShiftChange.Opened).ToList();
        var made = assigned.Keys.Count(k => byKey[k][0].Acknowledged && audit.GetValueOrDefault(k) == 1);
        checks.That(events.Count == made && events.Count > 0, () => $"{events.Count} assignment events on the contested shift for {made} assignments acknowledged and audited");
        checks.That(events.Zip(events.Skip(1)).All(p => p.First.StaffId != p.Second.StaffId), () => "an assignment to whoever had the shift was written as an event");
        checks.That(shift.StaffId == events[^1].StaffId, () => $"the contested shift is with {shift.StaffId}, its last event says {events[^1].StaffId}");
        checks.That(assigned.All(a => byKey[a.Key][0].Acknowledged || (a.Value == leaving && byKey[a.Key][0].RefusalCode == ErrorCode.InvalidInput)),
            () => "assignments refused that the rules allow: " + string.Join(", ", assigned.Where(a => !byKey[a.Key][0].Acknowledged && a.Value != leaving).Select(a => $"{a.Key} {byKey[a.Key][0].RefusalMessage}")));

        // The organisation answers the week from its snapshot: the same as the rota.
        foreach (var kept in after.Shifts)
        {
            var answered = await organisation.Grains.GetGrain<IOrganisationRotaGrain>(organisation.Id).ShiftAsync(kept.Id);
            checks.That(answered is { } a && a.Shift.StaffId == kept.StaffId && a.Shift.Day == kept.Day && a.Shift.Start == kept.Start && a.Shift.Note == kept.Note
                && a.Shift.History.Length == kept.History.Length,
                () => $"shift {kept.Id}: the organisation answers {Describe(answered?.Shift)}, the rota {Describe(kept)}");
        }

        Report(seed, attempts.All, checks, $"{first.Count + second.Count} changes sent at once in two waves to one rota week and its team");
        Assert.True(checks.Problems.Count == 0, $"{checks.Problems.Count} problems:\n{string.Join('\n', checks.Problems.Take(40))}");
    }

    private static string Describe(Shift? shift) => shift is null ? "no shift" : $"{shift.Day} {shift.Start} with {shift.StaffId ?? "nobody"}, {shift.History.Length} events";

    [Fact]
    public async Task Hundreds_of_people_and_colleagues_taken_on_at_once_are_each_counted_once()
    {
        var seed = ReliabilityMode.Seed;
        var organisation = await Organisation.CreateAsync(fixture);
        var attempts = new Attempts(new Random(seed));
        var names = new Dictionary<string, string>();
        for (var i = 0; i < 40 * Scale; i++)
        {
            var (person, colleague) = (attempts.NewKey("person"), attempts.NewKey("staff"));
            (names[person], names[colleague]) = ($"Person {person}", $"Colleague {colleague}");
            for (var twice = 0; twice < 2; twice++)
            {
                attempts.Add(person, "addPerson", c => organisation.Grain.AddPersonAsync(new NewPerson(organisation.Id, names[person], organisation.Today.AddYears(-1), 30, "Taken on at once"), c));
                attempts.Add(colleague, "addStaffMember", c => organisation.Grain.AddStaffMemberAsync(
                    new NewStaffMember(organisation.Id, names[colleague], "Support worker", false, ContractType.Permanent, organisation.Today.AddYears(-1), 30), c));
            }
        }

        var sent = await attempts.SendAsync();
        var checks = new CrashChecks();
        var byKey = attempts.All.GroupBy(a => a.Key).ToDictionary(g => g.Key, g => g.ToList());
        Once(checks, attempts.All, await organisation.AppliedAuditByKeyAsync());
        var view = (await organisation.Grain.GetAsync())!;
        var people = await Task.WhenAll(view.PersonIds.Select(id => organisation.Grains.GetGrain<IPersonGrain>(id).GetAsync()));
        var staff = await Task.WhenAll(view.StaffIds.Select(id => organisation.Grains.GetGrain<IStaffMemberGrain>(id).GetAsync()));
        var kept = people.Select(p => p!.Name).Concat(staff.Select(s => s!.Name)).ToList();
        foreach (var (key, name) in names)
        {
            checks.That(Acknowledged(byKey, key) && kept.Count(n => n == name) == 1, () => $"{key} ({name}): acknowledged {Acknowledged(byKey, key)}, kept {kept.Count(n => n == name)} times");
        }

        checks.That(view.PersonIds.Length == names.Count / 2 && view.StaffIds.Length == names.Count / 2,
            () => $"the organisation counts {view.PersonIds.Length} people and {view.StaffIds.Length} colleagues for {names.Count / 2} of each taken on");
        checks.That(byKey.Values.All(g => g.Select(a => a.Result switch { PersonView p => p.Id, StaffView s => s.Id, _ => null }).Distinct().Count() == 1),
            () => "two sendings of one change answered with different ids");
        Report(seed, attempts.All, checks, $"{sent.Count} sendings of people and colleagues taken on at once");
        Assert.True(checks.Problems.Count == 0, $"{checks.Problems.Count} problems:\n{string.Join('\n', checks.Problems.Take(40))}");
    }
}
