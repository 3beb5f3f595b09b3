using System.Runtime.CompilerServices;
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

        return new Local(new ClaimsIdentity(claims, SignInSchemes.LocalIdentity, SupportClaims.Username, SupportClaims.Role), account);
    }

    // The actor of each account view, read from its claims once: a bearer token checked lately
    // hands every request the same view, and reading the claims again at each cost ~2% of a light
    // request's CPU (README "Benchmarks").
    private static readonly ConditionalWeakTable<AccountView, Actor?> Actors = [];

    /// <summary>The principal of a local account, knowing the account it was made from.</summary>
    internal sealed class Local(ClaimsIdentity identity, AccountView account) : ClaimsPrincipal(identity)
    {
        /// <summary>The same actor <see cref="Actor.Read"/> finds in these claims (made from the same account), kept per account view.</summary>
        public Actor? Actor => Actors.GetValue(account, static a => Access.Actor.Read(For(a)));
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
