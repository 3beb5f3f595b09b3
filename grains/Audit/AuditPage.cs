using System.Collections.Immutable;

namespace SupportGrains.Grains.Audit;

/// <summary>A page of the audit trail, newest first, and where the next page starts (null at the end).</summary>
[GenerateSerializer, Immutable]
[Alias("SupportGrains.AuditPage")]
public sealed record AuditPage(ImmutableArray<AuditEntry> Entries, string? Next);
