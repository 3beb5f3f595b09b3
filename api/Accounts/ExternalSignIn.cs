using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;

namespace SupportGrains.Api.Accounts;

/// <summary>
/// Production sign-in through the organisation's identity provider, when configured: OpenID Connect
/// for pages (<c>Authentication:OpenIdConnect:Authority</c>, <c>ClientId</c>, <c>ClientSecret</c>)
/// and JWT bearer tokens for API clients (<c>Authentication:JwtBearer:Authority</c>, <c>Audience</c>).
/// Either way the provider's claims are mapped onto the contract's (<see cref="ExternalClaims"/>).
/// </summary>
internal static class ExternalSignIn
{
    public static bool HasOpenIdConnect(IConfiguration configuration) => !string.IsNullOrWhiteSpace(configuration["Authentication:OpenIdConnect:Authority"]);

    public static bool HasJwtBearer(IConfiguration configuration) => !string.IsNullOrWhiteSpace(configuration["Authentication:JwtBearer:Authority"]);

    public static AuthenticationBuilder AddExternalSignIn(this AuthenticationBuilder authentication, IConfiguration configuration)
    {
        var claims = ExternalClaims.From(configuration);
        if (HasJwtBearer(configuration))
        {
            var section = configuration.GetSection("Authentication:JwtBearer");
            authentication.AddJwtBearer(SignInSchemes.Jwt, options =>
            {
                options.Authority = section["Authority"];
                options.Audience = section["Audience"];
                options.RequireHttpsMetadata = section.GetValue("RequireHttpsMetadata", true);
                options.MapInboundClaims = false;
                options.Events = new JwtBearerEvents
                {
                    OnTokenValidated = context =>
                    {
                        context.Principal = claims.Map(context.Principal!);
                        return Task.CompletedTask;
                    },
                };
            });
        }

        if (HasOpenIdConnect(configuration))
        {
            var section = configuration.GetSection("Authentication:OpenIdConnect");
            authentication.AddOpenIdConnect(SignInSchemes.OpenIdConnect, section["DisplayName"] ?? "Your organisation's sign-in", options =>
            {
                options.Authority = section["Authority"];
                options.ClientId = section["ClientId"];
                options.ClientSecret = section["ClientSecret"];
                options.RequireHttpsMetadata = section.GetValue("RequireHttpsMetadata", true);
                options.SignInScheme = SignInSchemes.Cookie;
                options.ResponseType = "code";
                options.UsePkce = true;
                options.SaveTokens = false;
                options.MapInboundClaims = false;
                options.GetClaimsFromUserInfoEndpoint = true;
                options.Scope.Clear();
                foreach (var scope in (section["Scopes"] ?? "openid profile").Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    options.Scope.Add(scope);
                }

                options.Events = new OpenIdConnectEvents
                {
                    // The last event before the cookie is written: the user-info claims are in by now.
                    OnTicketReceived = context =>
                    {
                        context.Principal = claims.Map(context.Principal!);
                        return Task.CompletedTask;
                    },
                };
            });
        }

        return authentication;
    }
}
