namespace SupportGrains.Api.Tests.Access;

/// <summary>A signed-in account of a role: its client, and what the audit trail should say about it.</summary>
public sealed record RoleAccount(Role Role, GraphQLClient Client, string Username, string Roles, string? OrganisationId, string? StaffId);
