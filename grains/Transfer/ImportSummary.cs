namespace SupportGrains.Grains.Transfer;

/// <summary>What an import wrote: the organisation, how many grain states (and how many were there already from an earlier import of the same document), accounts and audit entries.</summary>
[GenerateSerializer, Immutable]
[Alias("SupportGrains.ImportSummary")]
public sealed record ImportSummary(string OrganisationId, int States, int AlreadyThere, int Accounts, int AuditEntries);
