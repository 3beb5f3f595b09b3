using System.Collections.Immutable;
using System.Security.Claims;
using SupportGrains.Api.Accounts;

namespace SupportGrains.Api.Access;

/// <summary>Who is asking: the signed-in account, read from the request's <see cref="SupportClaims"/>.</summary>
public sealed record Actor(string AccountId, string Username, ImmutableHashSet<string> Roles, string? OrganisationId, string? StaffId)
{
    public bool IsStaff => Is(SupportClaims.StaffRole);

    public bool IsTeamLeader => Is(SupportClaims.TeamLeaderRole);

    public bool IsDirector => Is(SupportClaims.DirectorRole);

    public bool IsAdmin => Is(SupportClaims.AdminRole);

    /// <summary>Holds the role (one of the role names in <see cref="SupportClaims"/>).</summary>
    public bool Is(string role) => Roles.Contains(role);

    /// <summary>A director of this organisation (everything in it).</summary>
    public bool IsDirectorOf(string? organisationId) => IsDirector && BelongsTo(organisationId);

    /// <summary>The roles as one text, for the audit trail.</summary>
    public string RoleList => string.Join(",", Roles.Order(StringComparer.Ordinal));

    /// <summary>The account belongs to this organisation.</summary>
    public bool BelongsTo(string? organisationId) => organisationId is not null && OrganisationId == organisationId;

    /// <summary>The actor of a signed-in principal; null when the principal is not signed in or names no account.</summary>
    public static Actor? From(ClaimsPrincipal? user) => user is AccountPrincipal.Local local ? local.Actor : Read(user);

    /// <summary>The actor the principal's claims name.</summary>
    internal static Actor? Read(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true || user.FindFirst(SupportClaims.AccountId)?.Value is not { Length: > 0 } accountId)
        {
            return null;
        }

        var roles = user.FindAll(SupportClaims.Role).Select(c => c.Value).Where(SupportClaims.Roles.Contains).ToImmutableHashSet(StringComparer.Ordinal);
        return new Actor(
            accountId,
            user.FindFirst(SupportClaims.Username)?.Value ?? accountId,
            roles,
            NonEmpty(user.FindFirst(SupportClaims.Organisation)?.Value),
            NonEmpty(user.FindFirst(SupportClaims.Staff)?.Value));
    }

    private static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
