using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using SupportGrains.Api.Accounts;

namespace SupportGrains.Api.Hosting;

/// <summary>
/// Who is asking, on every request: local accounts (cookie sign-in for pages, bearer tokens for API
/// clients), and, when configured, the organisation's identity provider (OpenID Connect for pages,
/// JWT bearer tokens). Every way ends with the same claims (<see cref="Access.SupportClaims"/>).
/// </summary>
public static class SignInHosting
{
    public static IHostApplicationBuilder AddSignIn(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var configuration = builder.Configuration;
        services.Configure<AccountOptions>(configuration.GetSection("Accounts"));
        services.AddSingleton<IPasswordHasher<PasswordOwner>, PasswordHasher<PasswordOwner>>();
        services.AddSingleton<LocalAccounts>();
        services.AddHostedService<InitialAdmin>();

        // Cookies and antiforgery tokens are sealed with data-protection keys: several app processes
        // (or a container that is replaced) must share them, or everyone is signed out.
        if (configuration["DataProtection:KeysPath"] is { Length: > 0 } keys)
        {
            services.AddDataProtection().SetApplicationName("SupportGrains")
                .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(builder.Environment.ContentRootPath, keys)));
        }

        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "sg.antiforgery";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });

        var jwt = ExternalSignIn.HasJwtBearer(configuration);
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = SignInSchemes.Default;
                o.DefaultChallengeScheme = SignInSchemes.Default;
            })
            .AddPolicyScheme(SignInSchemes.Default, "SupportGrains", o => o.ForwardDefaultSelector = http => BearerToken.From(http.Request) switch
            {
                null => SignInSchemes.Cookie,
                var token when jwt && BearerToken.LooksLikeJwt(token) => SignInSchemes.Jwt,
                _ => SignInSchemes.AccessToken,
            })
            .AddCookie(SignInSchemes.Cookie, o =>
            {
                o.Cookie.Name = "sg.signin";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.LoginPath = "/signin";
                o.LogoutPath = "/signout";
                o.AccessDeniedPath = "/signin";
                o.ReturnUrlParameter = "returnUrl";
                o.SlidingExpiration = true;
                o.ExpireTimeSpan = configuration.GetValue("Accounts:CookieLifetime", TimeSpan.FromHours(8));
                o.Events = new CookieAuthenticationEvents { OnValidatePrincipal = RefreshLocalAccountAsync };
            })
            .AddScheme<AuthenticationSchemeOptions, AccessTokenHandler>(SignInSchemes.AccessToken, null)
            .AddExternalSignIn(configuration);
        services.AddAuthorization();
        builder.AddTransportSecurity();
        return builder;
    }

    /// <summary>
    /// HTTPS and CORS, authentication, the rate limits, the gate in front of /graphql, and the sign-in endpoints:
    /// /signin, /signout, /api/token (and /signin/external with OpenID Connect). Call it before the
    /// endpoints and middleware that need the signed-in user.
    /// </summary>
    public static WebApplication MapSignIn(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseTransportSecurity();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimits();  // after authentication (limits are per account), before anything answers
        app.UseGraphQLSignInGate();
        app.MapSignInEndpoints(app.Configuration);
        return app;
    }

    // A page sign-in with a password is read again from the account on every request: roles given or
    // taken since apply at once, and a cookie from before a password reset is refused.
    private static async Task RefreshLocalAccountAsync(CookieValidatePrincipalContext context)
    {
        if (!AccountPrincipal.IsLocal(context.Principal))
        {
            return;
        }

        var username = context.Principal!.FindFirst(Access.SupportClaims.AccountId)?.Value ?? "";
        var stamp = context.Principal.FindFirst(AccountPrincipal.SecurityStampClaim)?.Value;
        var account = await context.HttpContext.RequestServices.GetRequiredService<LocalAccounts>().GetAsync(username);
        if (account is null || account.SecurityStamp != stamp)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(SignInSchemes.Cookie);
            return;
        }

        context.ReplacePrincipal(AccountPrincipal.For(account));
    }
}
