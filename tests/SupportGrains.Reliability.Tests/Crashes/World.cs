using System.Collections.Immutable;

namespace SupportGrains.Reliability.Tests.Crashes;

/// <summary>
/// Everything of one organisation read back through the API after the crashes: its people (with their
/// matches as the team keeps them), colleagues, teams and rota week as the organisation answers them,
/// the same people, colleagues and matches read one by one, and its audit trail.
/// </summary>
public sealed record World(
    ImmutableArray<WorldPerson> People,
    ImmutableArray<WorldStaff> Staff,
    ImmutableArray<WorldTeamMember> TeamMembers,
    ImmutableArray<WorldShift> Shifts,
    ImmutableArray<WorldAuditEntry> Audit)
{
    /// <summary>The same people, colleagues and matches, each read alone (from its own grain rather than the organisation's snapshot).</summary>
    public ImmutableArray<WorldPerson> PeopleAlone { get; init; } = [];

    public ImmutableArray<WorldStaff> StaffAlone { get; init; } = [];

    public ImmutableArray<WorldMatch> MatchesAlone { get; init; } = [];

    public IEnumerable<WorldMatch> Matches => People.SelectMany(p => p.Matches);

    public WorldMatch? Match(string id) => Matches.FirstOrDefault(m => m.Id == id);

    public WorldPerson? Person(string id) => People.FirstOrDefault(p => p.Id == id);

    public WorldStaff? Colleague(string id) => Staff.FirstOrDefault(s => s.Id == id);

    /// <summary>
    /// How often a change was applied, by its audit entries (found by its clientMutationId): the most entries any one
    /// thing it changed has. A change may rightly touch more than one thing (creating an organisation also makes its
    /// creator the director), each with its entry; a change applied twice shows two entries for the same thing.
    /// </summary>
    public int Applied(string key) => Audit.Where(e => e.Outcome == "APPLIED" && e.ClientMutationId == key)
        .GroupBy(e => e.Target, StringComparer.Ordinal).Select(g => g.Count()).DefaultIfEmpty(0).Max();
}

public sealed record WorldPerson(string Id, string Name, ImmutableArray<double> FundedHours, ImmutableArray<string> History, ImmutableArray<string> KnownBy, ImmutableArray<WorldMatch> Matches);

public sealed record WorldStaff(string Id, string Name, ImmutableArray<string?> AvailabilityNotes, ImmutableArray<string> Knows, ImmutableArray<string> KnowsStaff);

public sealed record WorldMatch(
    string Id,
    string PersonId,
    string StaffId,
    string Stage,
    double HoursPerWeek,
    string? EndedReason,
    ImmutableArray<WorldMatchEvent> History,
    ImmutableArray<WorldAllocation> Allocations,
    ImmutableArray<ImmutableArray<string>> ReviewsWorking,
    ImmutableArray<WorldShadowShift> ShadowShifts);

public sealed record WorldMatchEvent(string Stage, DateTimeOffset At, string? Note);

public sealed record WorldAllocation(double HoursPerWeek, DateTimeOffset RecordedAt);

public sealed record WorldShadowShift(string? Note, DateTimeOffset RecordedAt);

/// <summary>A member of a person's team as the organisation answers it.</summary>
public sealed record WorldTeamMember(string PersonId, string StaffId, string MatchId, string Stage);

public sealed record WorldShift(string Id, string PersonId, string? Note, string? ColleagueId, ImmutableArray<string> Events);

public sealed record WorldAuditEntry(string Id, DateTimeOffset At, string Operation, string Target, string Outcome, string? ClientMutationId);
