using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using SupportGrains.Api.Access;
using SupportGrains.Api.Accounts;

namespace SupportGrains.Api.Components;

/// <summary>
/// A request with the sign-in cookie is checked against the account every time; a circuit lives
/// on after its request, so it is checked again every few minutes: an account removed, signed out
/// everywhere (a password reset), or given other roles or another colleague ends the circuit's
/// sign-in, and the page sends the browser to sign in again (where the cookie, if still good,
/// opens a circuit with the account as it is now).
/// </summary>
internal sealed class AccountRevalidation(ILoggerFactory loggers, LocalAccounts accounts) : RevalidatingServerAuthenticationStateProvider(loggers)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(2);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        var user = authenticationState.User;
        if (!AccountPrincipal.IsLocal(user))
        {
            // An identity provider's sign-in lasts as its cookie does.
            return true;
        }

        var account = await accounts.GetAsync(user.FindFirst(SupportClaims.AccountId)?.Value ?? "");
        return account is not null
            && account.SecurityStamp == user.FindFirst(AccountPrincipal.SecurityStampClaim)?.Value
            && Same(Actor.From(AccountPrincipal.For(account)), Actor.From(user));
    }

    private static bool Same(Actor? now, Actor? then) =>
        now is not null && then is not null && now.Roles.SetEquals(then.Roles) && now.OrganisationId == then.OrganisationId && now.StaffId == then.StaffId;
}
