namespace SupportGrains.Reliability.Tests.Crashes;

public sealed partial class CrashWorkload
{
    private Mutation AddPerson()
    {
        var key = NewKey();
        var name = $"Person {key}";
        return new Mutation
        {
            Client = client, Field = "addPerson", Key = key,
            Document = "mutation ($input: AddPersonInput!) { addPerson(input: $input) { id } }",
            Variables = new
            {
                input = new
                {
                    organisationId, name, supportStartedOn = Day(today.AddDays(-400)), fundedHoursPerWeek = 40.0,
                    overrideReason = "Taken on in the crash test", clientMutationId = key,
                },
            },
            Trace = w => w.People.Count(p => p.Name == name),
            Learn = r => _people.Add(Id(r)),
        };
    }

    private Mutation AddStaffMember()
    {
        var key = NewKey();
        var name = $"Colleague {key}";
        return new Mutation
        {
            Client = client, Field = "addStaffMember", Key = key,
            Document = "mutation ($input: AddStaffMemberInput!) { addStaffMember(input: $input) { id } }",
            Variables = new
            {
                input = new
                {
                    organisationId, name, role = "Support worker", isLeader = random.Next(8) == 0, startedOn = Day(today.AddDays(-400)),
                    contractedHoursPerWeek = 37.5, clientMutationId = key,
                },
            },
            Trace = w => w.Staff.Count(s => s.Name == name),
            Learn = r => _staff.Add(Id(r)),
        };
    }

    private Mutation StartMatch()
    {
        var free = _people.SelectMany(p => _staff.Select(s => (PersonId: p, StaffId: s))).Where(pair => !_pairs.Contains(pair)).ToList();
        var (personId, staffId) = Pick(free);
        _pairs.Add((personId, staffId));
        var stage = random.Next(4) switch { 0 => "OFFERED", 1 => "INDUCTION", 2 => "MATCHED", _ => "INTERESTED" };
        var key = NewKey();
        return new Mutation
        {
            Client = client, Field = "startMatch", Key = key,
            Document = "mutation ($input: StartMatchInput!) { startMatch(input: $input) { id stage } }",
            Variables = new { input = new { personId, staffId, stage, clientMutationId = key } },
            Trace = w => w.Matches.Count(m => m.PersonId == personId && m.StaffId == staffId),
            Learn = r => _matches[Id(r)] = new OwnMatch(personId, staffId, r["stage"]!.GetValue<string>()),
        };
    }

    private Mutation AdvanceMatch()
    {
        var (matchId, match) = Pick(_matches.Where(m => m.Value.Stage is not ("ENDED" or "MATCHED")).ToList());
        var to = Stages[random.Next(Rank(match.Stage) + 1, Stages.Length)];
        return Advance(matchId, to, expectedRefusal: null);
    }

    /// <summary>Asks to move a match back (or to where it is): refused, stages only move forward.</summary>
    private Mutation StepBack(string matchId) => Advance(matchId, Stages[random.Next(Rank(_matches[matchId].Stage) + 1)], expectedRefusal: "INVALID_TRANSITION");

    private Mutation Advance(string matchId, string to, string? expectedRefusal)
    {
        var key = NewKey();
        return new Mutation
        {
            Client = client, Field = "advanceMatch", Key = key, ExpectedRefusal = expectedRefusal,
            Document = "mutation ($input: AdvanceMatchInput!) { advanceMatch(input: $input) { id stage } }",
            Variables = new { input = new { matchId, to, note = key, clientMutationId = key } },
            Trace = w => w.Match(matchId)?.History.Count(e => e.Note == key) ?? 0,
            Learn = r => _matches[matchId].Stage = r["stage"]!.GetValue<string>(),
        };
    }

    private Mutation EndMatch(string matchId)
    {
        var key = NewKey();
        return new Mutation
        {
            Client = client, Field = "endMatch", Key = key,
            Document = "mutation ($input: EndMatchInput!) { endMatch(input: $input) { id stage } }",
            Variables = new { input = new { matchId, reason = key, clientMutationId = key } },
            Trace = w => w.Match(matchId)?.History.Count(e => e.Note == key) ?? 0,
            Learn = r => _matches[matchId].Stage = r["stage"]!.GetValue<string>(),
        };
    }

    private Mutation AllocateHours(string matchId) => Allocate(matchId, expectedRefusal: null);

    /// <summary>Asks for hours on a match before induction: refused, hours are only for team members.</summary>
    private Mutation HoursBeforeInduction() =>
        Allocate(Pick(_matches.Where(m => Rank(m.Value.Stage) is >= 0 and < 5).Select(m => m.Key).ToList()), expectedRefusal: "INVALID_TRANSITION");

    private Mutation Allocate(string matchId, string? expectedRefusal)
    {
        // Hours of its own within the match, so each allocation is counted apart from the others.
        var hours = 0.5 * (_allocations[matchId] = _allocations.GetValueOrDefault(matchId) + 1);
        var key = NewKey();
        return new Mutation
        {
            Client = client, Field = "allocateHours", Key = key, ExpectedRefusal = expectedRefusal,
            Document = "mutation ($input: AllocateHoursInput!) { allocateHours(input: $input) { id } }",
            Variables = new { input = new { matchId, hoursPerWeek = hours, clientMutationId = key } },
            Trace = w => w.Match(matchId)?.Allocations.Count(a => a.HoursPerWeek == hours) ?? 0,
        };
    }

    private Mutation ReviewMatch(string matchId)
    {
        var key = NewKey();
        return new Mutation
        {
            Client = client, Field = "reviewMatch", Key = key,
            Document = "mutation ($input: ReviewMatchInput!) { reviewMatch(input: $input) { id } }",
            Variables = new { input = new { matchId, on = Day(today), perspective = "STAFF", working = new[] { key }, clientMutationId = key } },
            Trace = w => w.Match(matchId)?.ReviewsWorking.Count(r => r.Contains(key)) ?? 0,
        };
    }

    private Mutation RecordShadowShift()
    {
        var (matchId, match) = Pick(_matches.Where(m => m.Value.Stage == "INDUCTION").ToList());
        var alongside = Matched(match.PersonId);
        var with = alongside.Count > 0 && random.Next(2) == 0 ? Pick(alongside) : null;
        var key = NewKey();
        return new Mutation
        {
            Client = client, Field = "recordShadowShift", Key = key,
            Document = "mutation ($m: ID!, $with: ID, $note: String, $key: String) { recordShadowShift(matchId: $m, withStaffId: $with, note: $note, clientMutationId: $key) { id } }",
            Variables = new { m = matchId, with, note = key, key },
            Trace = w => w.Match(matchId)?.ShadowShifts.Count(s => s.Note == key) ?? 0,
        };
    }

    private Mutation RecordKnows()
    {
        var staffId = Pick(_staff);
        var others = _staff.Where(s => s != staffId).ToList();
        var link = _people.Count > 0 && (others.Count == 0 || random.Next(2) == 0)
            ? new KnowsLink(staffId, Pick(_people), null)
            : new KnowsLink(staffId, null, Pick(others));
        var key = NewKey();
        return new Mutation
        {
            Client = client, Field = "recordKnows", Key = key, Link = link,
            Document = "mutation ($input: RecordKnowsInput!) { recordKnows(input: $input) { id } }",
            Variables = new
            {
                input = new { staffId, personId = link.PersonId, colleagueId = link.ColleagueId, lastTogetherOn = Day(today.AddDays(-random.Next(30))), clientMutationId = key },
            },
        };
    }

    private Mutation SetAvailability()
    {
        var staffId = Pick(_staff);
        var from = today.AddDays(random.Next(1, 60));
        var key = NewKey();
        return new Mutation
        {
            Client = client, Field = "setAvailability", Key = key,
            Document = "mutation ($input: SetAvailabilityInput!) { setAvailability(input: $input) { id } }",
            Variables = new { input = new { staffId, status = Pick(Statuses), from = Day(from), until = Day(from.AddDays(random.Next(7))), note = key, clientMutationId = key } },
            Trace = w => w.Colleague(staffId)?.AvailabilityNotes.Count(n => n == key) ?? 0,
        };
    }

    private Mutation SetFundedHours()
    {
        var personId = Pick(_people);

        // Hours of its own for the person (never the 40 they were taken on with).
        var hours = 50 + (0.25 * (_fundedChanges[personId] = _fundedChanges.GetValueOrDefault(personId) + 1));
        var key = NewKey();
        return new Mutation
        {
            Client = client, Field = "setFundedHours", Key = key,
            Document = "mutation ($p: ID!, $h: Float!, $key: String) { setFundedHours(personId: $p, hoursPerWeek: $h, clientMutationId: $key) { id } }",
            Variables = new { p = personId, h = hours, key },
            Trace = w => w.Person(personId)?.FundedHours.Count(h => h == hours) ?? 0,
        };
    }

    private Mutation SetProfileSection()
    {
        var personId = Pick(_people);
        var key = NewKey();
        return new Mutation
        {
            Client = client, Field = "setProfileSection", Key = key,
            Document = "mutation ($input: SetProfileSectionInput!) { setProfileSection(input: $input) { id } }",
            Variables = new { input = new { personId, section = "INTERESTS", items = new[] { key }, clientMutationId = key } },
            Trace = w => w.Person(personId)?.History.Count(d => d.Contains($"Now: {key}.", StringComparison.Ordinal)) ?? 0,
        };
    }

    private Mutation AddShift()
    {
        var personId = Pick(_people.Where(p => Matched(p).Count > 0).ToList());
        var matched = Matched(personId);
        var colleagueId = random.Next(4) == 0 ? null : Pick(matched);
        var (start, end, kind) = Pick(Slots);
        var key = NewKey();
        return new Mutation
        {
            Client = client, Field = "addShift", Key = key,
            Document = "mutation ($input: AddShiftInput!) { addShift(input: $input) { id colleague { id } } }",
            Variables = new { input = new { personId, day = Day(week.AddDays(random.Next(7))), start, end, kind, colleagueId, note = key, clientMutationId = key } },
            Trace = w => w.Shifts.Count(s => s.Note == key),
            Learn = r => _shifts[Id(r)] = (string?)r["colleague"]?["id"],
        };
    }

    private Mutation AssignShift()
    {
        var shiftId = Pick(_shifts.Keys.ToList());
        var personId = SupportGrains.Grains.Rota.RotaIds.PersonOf(shiftId)!;
        var others = Matched(personId).Where(s => s != _shifts[shiftId]).ToList();

        // Giving a shift to whoever has it changes nothing (and writes nothing), so always someone else, or open.
        string? colleagueId = others.Count > 0 && (_shifts[shiftId] is null || random.Next(3) > 0) ? Pick(others) : null;
        if (colleagueId is null && _shifts[shiftId] is null)
        {
            return SetAvailability();
        }

        var key = NewKey();
        return new Mutation
        {
            Client = client, Field = "assignShift", Key = key, ShiftId = shiftId,
            Document = "mutation ($input: AssignShiftInput!) { assignShift(input: $input) { id colleague { id } } }",
            Variables = new { input = new { shiftId, colleagueId, clientMutationId = key } },
            Learn = r => _shifts[shiftId] = (string?)r["colleague"]?["id"],
        };
    }
}
