namespace SupportGrains.Grains.Audit;

/// <summary>Who asked for a change: the account and the roles it held.</summary>
[GenerateSerializer, Immutable]
[Alias("SupportGrains.AuditAuthor")]
public sealed record AuditAuthor(string AccountId, string Username, string Roles);
