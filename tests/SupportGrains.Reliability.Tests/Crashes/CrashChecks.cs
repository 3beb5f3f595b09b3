namespace SupportGrains.Reliability.Tests.Crashes;

/// <summary>
/// What must hold after the last restart, checked against the records read back: every change on
/// record made exactly as often as it was acknowledged (once, or never when refused), its audit entry
/// with it; and the invariants of DOMAIN.md (see <see cref="Invariants"/>).
/// </summary>
public sealed class CrashChecks
{
    private readonly List<string> _problems = [];

    /// <summary>How many single checks were made.</summary>
    public int Count { get; private set; }

    public IReadOnlyList<string> Problems => _problems;

    public void That(bool holds, Func<string> problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        Count++;
        if (!holds)
        {
            _problems.Add(problem());
        }
    }

    /// <summary>Each change on record against the records: acknowledged once, refused never, its audit entry beside it.</summary>
    public void Changes(World world, IReadOnlyList<SentChange> changes)
    {
        ArgumentNullException.ThrowIfNull(world);
        ArgumentNullException.ThrowIfNull(changes);
        foreach (var sent in changes)
        {
            foreach (var problem in sent.Problems)
            {
                That(false, () => $"{sent}: {problem}");
            }

            var mutation = sent.Mutation;
            var audit = world.Applied(mutation.Key);
            var trace = mutation.Trace?.Invoke(world);
            switch (sent.Final)
            {
                case Answer.Acknowledged:
                    That(audit == 1, () => $"{sent}: acknowledged, with {audit} applied audit entries instead of one");
                    That(trace is null or 1, () => $"{sent}: acknowledged, and made {trace} times instead of once");
                    That(mutation.ExpectedRefusal is null, () => $"{sent}: acknowledged, though the rules forbid it ({mutation.ExpectedRefusal} expected)");
                    if (mutation.Link is { } link)
                    {
                        Link(world, sent, link);
                    }

                    break;
                case Answer.Refused:
                    That(audit == 0 && trace is null or 0, () => $"{sent}: refused ({sent.RefusalCode}), yet made: trace {trace}, applied audit entries {audit}");
                    That(mutation.ExpectedRefusal == sent.RefusalCode, () => $"{sent}: refused with {sent.RefusalCode} ({sent.RefusalMessage}); {mutation.ExpectedRefusal ?? "no refusal"} expected");
                    break;
                default:
                    That(false, () => $"{sent}: never answered");
                    break;
            }
        }

        // An assignment leaves an event in its shift's history: as many as were made, no more.
        var assignments = changes.Where(c => c.Mutation.ShiftId is not null).GroupBy(c => c.Mutation.ShiftId!);
        foreach (var shift in assignments)
        {
            var found = world.Shifts.FirstOrDefault(s => s.Id == shift.Key);
            var made = shift.Count(c => world.Applied(c.Mutation.Key) == 1);
            var events = found?.Events.Count(e => e is "ASSIGNED" or "OPENED");
            That(events == made, () => $"shift {shift.Key}: {events?.ToString() ?? "no shift"} assignment events for {made} assignments made");
        }

        // Nothing in the trail that nobody asked for.
        var keys = changes.Select(c => c.Mutation.Key).ToHashSet();
        foreach (var entry in world.Audit.Where(e => e.Outcome == "APPLIED"))
        {
            That(entry.ClientMutationId is { } key && keys.Contains(key), () => $"audit entry {entry.Id} ({entry.Operation}, key {entry.ClientMutationId}) is of no change on record");
        }
    }

    private void Link(World world, SentChange sent, KnowsLink link)
    {
        var staff = world.Colleague(link.StaffId);
        if (link.PersonId is { } personId)
        {
            var person = world.Person(personId);
            That(staff?.Knows.Contains(personId) == true && person?.KnownBy.Contains(link.StaffId) == true,
                () => $"{sent}: {link.StaffId} knows {personId} is not read from both sides (knows: {staff?.Knows.Contains(personId)}, knownBy: {person?.KnownBy.Contains(link.StaffId)})");
        }
        else if (link.ColleagueId is { } colleagueId)
        {
            var colleague = world.Colleague(colleagueId);
            That(staff?.KnowsStaff.Contains(colleagueId) == true && colleague?.KnowsStaff.Contains(link.StaffId) == true,
                () => $"{sent}: {link.StaffId} knows colleague {colleagueId} is not read from both sides");
        }
    }
}
