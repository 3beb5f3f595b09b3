namespace SupportGrains.Reliability.Tests.Crashes;

/// <summary>
/// The invariants of DOMAIN.md "Precise rules", checked on an organisation read back: match stages
/// only forward (history in order, ENDED last and with its reason), hours and shadow shifts only
/// while the match allowed them, the team of each person exactly its INDUCTION and MATCHED matches,
/// knows links the same from both sides, nothing twice, and the organisation's answers (from its
/// kept snapshot) the same as each person's, colleague's and match's own.
/// </summary>
public static class Invariants
{
    private static readonly string[] Stages = ["INTERESTED", "APPLIED", "ORGANISATION_INTERVIEW", "PERSON_INTERVIEW", "OFFERED", "INDUCTION", "MATCHED", "ENDED"];

    public static void Check(World world, CrashChecks checks)
    {
        ArgumentNullException.ThrowIfNull(world);
        ArgumentNullException.ThrowIfNull(checks);
        Unique(checks, "person", world.People.Select(p => p.Id));
        Unique(checks, "colleague", world.Staff.Select(s => s.Id));
        Unique(checks, "match", world.Matches.Select(m => m.Id));
        Unique(checks, "shift", world.Shifts.Select(s => s.Id));
        Unique(checks, "audit entry", world.Audit.Select(e => e.Id));
        foreach (var match in world.Matches)
        {
            Match(checks, match);
        }

        Teams(world, checks);
        Knows(world, checks);
        Snapshot(world, checks);
    }

    private static void Match(CrashChecks checks, WorldMatch match)
    {
        var ranks = match.History.Select(e => Array.IndexOf(Stages, e.Stage)).ToList();
        checks.That(ranks.Count > 0 && match.Stage == match.History[^1].Stage, () => $"match {match.Id}: at {match.Stage}, but its history ends at {match.History.LastOrDefault()?.Stage}");
        checks.That(ranks.Zip(ranks.Skip(1)).All(p => p.First < p.Second), () => $"match {match.Id}: stages not only forward: {string.Join(" → ", match.History.Select(e => e.Stage))}");
        checks.That(match.History.Zip(match.History.Skip(1)).All(p => p.First.At <= p.Second.At), () => $"match {match.Id}: history out of time order");
        checks.That((match.Stage == "ENDED") == (match.EndedReason is not null), () => $"match {match.Id}: at {match.Stage} with ended reason {match.EndedReason ?? "none"}");

        // Hours only while the match is at INDUCTION or MATCHED (an ended match keeps the hours it had).
        var member = match.History.FirstOrDefault(e => e.Stage is "INDUCTION" or "MATCHED");
        var ended = match.History.FirstOrDefault(e => e.Stage == "ENDED");
        if (member is null)
        {
            checks.That(match.Allocations.IsEmpty && match.HoursPerWeek == 0, () => $"match {match.Id}: never in the team, yet {match.Allocations.Length} allocations ({match.HoursPerWeek} h)");
        }
        else
        {
            checks.That(match.Allocations.All(a => a.RecordedAt >= member.At && (ended is null || a.RecordedAt <= ended.At)),
                () => $"match {match.Id}: hours allocated outside INDUCTION/MATCHED ({string.Join(", ", match.Allocations.Select(a => a.RecordedAt))}; team from {member.At}, ended {ended?.At})");
        }

        // Shadow shifts only during INDUCTION.
        var induction = match.History.FirstOrDefault(e => e.Stage == "INDUCTION");
        var after = induction is null ? null : match.History.SkipWhile(e => e != induction).Skip(1).FirstOrDefault();
        checks.That(match.ShadowShifts.All(s => induction is not null && s.RecordedAt >= induction.At && (after is null || s.RecordedAt <= after.At)),
            () => $"match {match.Id}: shadow shifts recorded outside INDUCTION");
    }

    /// <summary>The team the organisation answers is exactly the person's matches at INDUCTION or MATCHED, as the team keeps them.</summary>
    private static void Teams(World world, CrashChecks checks)
    {
        foreach (var person in world.People)
        {
            var kept = person.Matches.Where(m => m.Stage is "INDUCTION" or "MATCHED").Select(m => $"{m.StaffId} {m.Id} {m.Stage}").Order().ToList();
            var answered = world.TeamMembers.Where(t => t.PersonId == person.Id).Select(t => $"{t.StaffId} {t.MatchId} {t.Stage}").Order().ToList();
            checks.That(kept.SequenceEqual(answered), () => $"the team around {person.Id}: the organisation answers [{string.Join("; ", answered)}], the team keeps [{string.Join("; ", kept)}]");
        }
    }

    private static void Knows(World world, CrashChecks checks)
    {
        foreach (var staff in world.Staff)
        {
            foreach (var personId in staff.Knows)
            {
                checks.That(world.Person(personId)?.KnownBy.Contains(staff.Id) == true, () => $"{staff.Id} knows {personId}, but {personId} is not known by {staff.Id}");
            }

            foreach (var colleagueId in staff.KnowsStaff)
            {
                checks.That(world.Colleague(colleagueId)?.KnowsStaff.Contains(staff.Id) == true, () => $"{staff.Id} knows colleague {colleagueId}, but not the other way round");
            }
        }

        foreach (var person in world.People)
        {
            foreach (var staffId in person.KnownBy)
            {
                checks.That(world.Colleague(staffId)?.Knows.Contains(person.Id) == true, () => $"{person.Id} is known by {staffId}, but {staffId} does not know {person.Id}");
            }
        }
    }

    /// <summary>The organisation answers from a snapshot it keeps; each person, colleague and match read alone must say the same.</summary>
    private static void Snapshot(World world, CrashChecks checks)
    {
        checks.That(world.PeopleAlone.Length == world.People.Length && world.StaffAlone.Length == world.Staff.Length,
            () => $"read alone: {world.PeopleAlone.Length} of {world.People.Length} people, {world.StaffAlone.Length} of {world.Staff.Length} colleagues");
        foreach (var alone in world.PeopleAlone)
        {
            var listed = world.Person(alone.Id);
            checks.That(listed is not null && listed.Name == alone.Name && listed.FundedHours.SequenceEqual(alone.FundedHours) && listed.History.SequenceEqual(alone.History)
                && listed.KnownBy.Order().SequenceEqual(alone.KnownBy.Order()),
                () => $"person {alone.Id}: the organisation answers {Describe(listed)}, the person {Describe(alone)}");
        }

        foreach (var alone in world.StaffAlone)
        {
            var listed = world.Colleague(alone.Id);
            checks.That(listed is not null && listed.AvailabilityNotes.SequenceEqual(alone.AvailabilityNotes)
                && listed.Knows.Order().SequenceEqual(alone.Knows.Order()) && listed.KnowsStaff.Order().SequenceEqual(alone.KnowsStaff.Order()),
                () => $"colleague {alone.Id}: the organisation answers {listed?.AvailabilityNotes.Length} availability changes, knows {listed?.Knows.Length}/{listed?.KnowsStaff.Length}; "
                    + $"the colleague {alone.AvailabilityNotes.Length}, knows {alone.Knows.Length}/{alone.KnowsStaff.Length}");
        }

        foreach (var alone in world.MatchesAlone)
        {
            var listed = world.Match(alone.Id);
            checks.That(listed is not null && listed.Stage == alone.Stage && listed.History.Length == alone.History.Length && listed.Allocations.Length == alone.Allocations.Length
                && listed.ReviewsWorking.Length == alone.ReviewsWorking.Length && listed.ShadowShifts.Length == alone.ShadowShifts.Length,
                () => $"match {alone.Id} read alone differs from the person's matches");
        }
    }

    private static string Describe(WorldPerson? person) =>
        person is null ? "nothing" : $"{person.Name}: {person.FundedHours.Length} funded-hours changes, {person.History.Length} history entries, known by {person.KnownBy.Length}";

    private static void Unique(CrashChecks checks, string what, IEnumerable<string> ids)
    {
        var twice = ids.GroupBy(id => id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        checks.That(twice.Count == 0, () => $"{what} listed more than once: {string.Join(", ", twice)}");
    }
}
