using System.Collections.Immutable;

namespace SupportGrains.Grains.Accounts;

/// <summary>An account as the app sees it: no password hash and no token hashes.</summary>
[GenerateSerializer, Immutable]
[Alias("SupportGrains.AccountView")]
public sealed record AccountView(
    string Username,
    ImmutableArray<AccountRole> Roles,
    string? OrganisationId,
    string? StaffId,
    DateTimeOffset CreatedAt,
    DateTimeOffset PasswordSetAt,
    int FailedAttempts,
    DateTimeOffset? LockedUntil,
    string SecurityStamp,
    ImmutableArray<AccessTokenView> AccessTokens)
{
    public bool Holds(AccountRole role) => Roles.Contains(role);
}
