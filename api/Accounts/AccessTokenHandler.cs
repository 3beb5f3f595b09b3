using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace SupportGrains.Api.Accounts;

/// <summary>
/// Authenticates <c>Authorization: Bearer sgt_…</c> by asking the token's account on every request:
/// a revoked or expired token, or one of an account whose password was reset, fails at once.
/// </summary>
internal sealed class AccessTokenHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, LocalAccounts accounts)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string InvalidToken = "The bearer token was not accepted: it is unknown, expired or revoked. Get a new one with POST /api/token.";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (BearerToken.From(Request) is not { } token)
        {
            return AuthenticateResult.NoResult();
        }

        var account = await accounts.AuthenticateTokenAsync(token);
        return account is null
            ? AuthenticateResult.Fail(InvalidToken)
            : AuthenticateResult.Success(new AuthenticationTicket(AccountPrincipal.For(account), Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }
}
