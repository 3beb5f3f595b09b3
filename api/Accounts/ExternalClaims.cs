using System.Security.Claims;
using SupportGrains.Api.Access;

namespace SupportGrains.Api.Accounts;

/// <summary>
/// Maps an identity provider's claims (OpenID Connect or JWT) onto the contract's claims: which of
/// its claims hold the roles, the organisation and the colleague is configurable
/// (<c>Authentication:Claims:Role</c>, <c>:Organisation</c>, <c>:Staff</c>, <c>:Name</c>).
/// </summary>
public sealed record ExternalClaims(string Role = "roles", string Organisation = "sg_organisation", string Staff = "sg_staff", string Name = "preferred_username")
{
    /// <summary>An external account's id starts with this, which no local username can (they have no colon).</summary>
    public const string AccountIdPrefix = "external:";

    public static ExternalClaims From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var defaults = new ExternalClaims();
        return new ExternalClaims(
            configuration["Authentication:Claims:Role"] ?? defaults.Role,
            configuration["Authentication:Claims:Organisation"] ?? defaults.Organisation,
            configuration["Authentication:Claims:Staff"] ?? defaults.Staff,
            configuration["Authentication:Claims:Name"] ?? defaults.Name);
    }

    /// <summary>
    /// The contract's principal for an external one: the account is the subject; roles the app does
    /// not know are dropped ("Team Leader", "team_leader" and "teamleader" all read as teamleader).
    /// </summary>
    public ClaimsPrincipal Map(ClaimsPrincipal external)
    {
        ArgumentNullException.ThrowIfNull(external);
        var subject = First(external, "sub", ClaimTypes.NameIdentifier, "oid")
            ?? throw new InvalidOperationException("The identity provider's token has no subject (sub) claim.");
        var claims = new List<Claim>
        {
            new(SupportClaims.AccountId, AccountIdPrefix + subject),
            new(SupportClaims.Username, First(external, Name, "preferred_username", "name", "email", ClaimTypes.Name) ?? subject),
        };
        claims.AddRange(external.FindAll(Role).SelectMany(c => c.Value.Split(',', StringSplitOptions.RemoveEmptyEntries))
            .Select(RoleName).OfType<string>().Distinct(StringComparer.Ordinal).Select(r => new Claim(SupportClaims.Role, r)));
        if (First(external, Organisation) is { } organisation)
        {
            claims.Add(new Claim(SupportClaims.Organisation, organisation));
        }

        if (First(external, Staff) is { } staff)
        {
            claims.Add(new Claim(SupportClaims.Staff, staff));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, SignInSchemes.ExternalIdentity, SupportClaims.Username, SupportClaims.Role));
    }

    private static string? RoleName(string value)
    {
        var name = new string([.. value.Where(char.IsAsciiLetter)]).ToLowerInvariant();
        return SupportClaims.Roles.Contains(name) ? name : null;
    }

    private static string? First(ClaimsPrincipal principal, params string[] types) =>
        types.Select(t => principal.FindFirst(t)?.Value).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
