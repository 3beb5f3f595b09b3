using System.Collections.Immutable;

namespace SupportGrains.Grains.Accounts;

/// <summary>
/// An account to create: its username, the hash of its password (hashed by the caller; the grains
/// never see a password), its roles, and the organisation and colleague it belongs to.
/// </summary>
[GenerateSerializer, Immutable]
[Alias("SupportGrains.NewAccount")]
public sealed record NewAccount(string Username, string PasswordHash, ImmutableArray<AccountRole> Roles, string? OrganisationId, string? StaffId);
