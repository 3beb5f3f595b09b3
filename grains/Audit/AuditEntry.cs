using System.Collections.Immutable;

namespace SupportGrains.Grains.Audit;

/// <summary>
/// One entry of the audit trail: who (account and roles), when, what (the operation and its input,
/// secrets left out), what it concerned (the thing changed, and the people and colleagues it is
/// about), and the values before and after. Entries are only ever added.
/// </summary>
[GenerateSerializer, Immutable]
[Alias("SupportGrains.AuditEntry")]
public sealed record AuditEntry(
    string Id,
    DateTimeOffset At,
    string OrganisationId,
    AuditAuthor? Author,
    string Operation,
    string? Input,
    string Target,
    ImmutableArray<string> PersonIds,
    ImmutableArray<string> StaffIds,
    string? Before,
    string? After,
    AuditOutcome Outcome,
    string? Message);
