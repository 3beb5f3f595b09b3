using System.Collections.Immutable;

namespace SupportGrains.Grains.Accounts;

/// <summary>The roles of an account and where they apply: its organisation, and the colleague a staff or team-leader account belongs to.</summary>
[GenerateSerializer, Immutable]
[Alias("SupportGrains.RoleAssignment")]
public sealed record RoleAssignment(ImmutableArray<AccountRole> Roles, string? OrganisationId, string? StaffId);
