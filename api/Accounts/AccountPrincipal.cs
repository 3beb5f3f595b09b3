using System.Security.Claims;
using SupportGrains.Api.Access;
using SupportGrains.Grains.Accounts;

namespace SupportGrains.Api.Accounts;

/// <summary>The contract's claims (<see cref="SupportClaims"/>) for a local account.</summary>
public static class AccountPrincipal
{
    /// <summary>Carried by cookies only: a cookie made before the password was last set is refused.</summary>
    public const string SecurityStampClaim = "sg:stamp";

    public static ClaimsPrincipal For(AccountView account)
    {
        ArgumentNullException.ThrowIfNull(account);
        var claims = new List<Claim>
        {
            new(SupportClaims.AccountId, account.Username),
            new(SupportClaims.Username, account.Username),
            new(SecurityStampClaim, account.SecurityStamp),
        };
        claims.AddRange(account.Roles.Select(r => new Claim(SupportClaims.Role, RoleName(r))));
        if (account.OrganisationId is { } organisation)
        {
            claims.Add(new Claim(SupportClaims.Organisation, organisation));
        }

        if (account.StaffId is { } staff)
        {
            claims.Add(new Claim(SupportClaims.Staff, staff));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, SignInSchemes.LocalIdentity, SupportClaims.Username, SupportClaims.Role));
    }

    public static bool IsLocal(ClaimsPrincipal? user) => user?.Identity is { IsAuthenticated: true, AuthenticationType: SignInSchemes.LocalIdentity };

    public static string RoleName(AccountRole role) => role switch
    {
        AccountRole.Staff => SupportClaims.StaffRole,
        AccountRole.TeamLeader => SupportClaims.TeamLeaderRole,
        AccountRole.Director => SupportClaims.DirectorRole,
        AccountRole.Admin => SupportClaims.AdminRole,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Not a role."),
    };

    public static AccountRole? Role(string name) => name switch
    {
        SupportClaims.StaffRole => AccountRole.Staff,
        SupportClaims.TeamLeaderRole => AccountRole.TeamLeader,
        SupportClaims.DirectorRole => AccountRole.Director,
        SupportClaims.AdminRole => AccountRole.Admin,
        _ => null,
    };
}
