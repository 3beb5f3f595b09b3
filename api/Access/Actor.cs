using System.Security.Claims;

namespace SupportGrains.Api.Access;

/// <summary>Who is asking: the account, its roles, its organisation and the colleague it belongs to.</summary>
public sealed record Actor(string AccountId, string Username, IReadOnlySet<string> Roles, string? OrganisationId, string? StaffId)
{
    public bool Is(string role) => Roles.Contains(role);

    public bool IsDirectorOf(string organisationId) => Is(SupportClaims.DirectorRole) && OrganisationId == organisationId;

    public bool BelongsTo(string organisationId) => OrganisationId == organisationId;

    /// <summary>The roles as one text, for the audit trail.</summary>
    public string RoleList => string.Join(",", Roles.Order(StringComparer.Ordinal));

    public static Actor? From(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true || user.FindFirstValue(ClaimTypes.NameIdentifier) is not { } id)
        {
            return null;
        }

        return new Actor(
            id,
            user.FindFirstValue(ClaimTypes.Name) ?? id,
            user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal),
            user.FindFirstValue(SupportClaims.Organisation),
            user.FindFirstValue(SupportClaims.Staff));
    }
}
