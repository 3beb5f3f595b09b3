namespace SupportGrains.Grains.Audit;

/// <summary>Which entries of an organisation's trail to read, newest first: about a person or colleague, between two days, a page at a time.</summary>
[GenerateSerializer, Immutable]
[Alias("SupportGrains.AuditQuery")]
public sealed record AuditQuery(string OrganisationId, string? PersonId, string? StaffId, DateOnly? From, DateOnly? To, int First, string? After);
