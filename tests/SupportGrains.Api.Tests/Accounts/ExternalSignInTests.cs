using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using SupportGrains.Api.Accounts;

namespace SupportGrains.Api.Tests.Accounts;

/// <summary>
/// Production sign-in through an identity provider: with its settings, the app accepts JWT bearer
/// tokens it signed (mapping its configurable claims onto the app's) and sends pages to its
/// OpenID Connect sign-in. The provider's metadata is given here instead of fetched.
/// </summary>
public sealed class ExternalSignInTests
{
    private const string Issuer = "https://idp.test";
    private const string Audience = "supportgrains";

    private static readonly SymmetricSecurityKey Key = new(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray()) { KeyId = "test" };

    private static readonly Dictionary<string, string> Settings = new()
    {
        ["Authentication:JwtBearer:Authority"] = Issuer,
        ["Authentication:JwtBearer:Audience"] = Audience,
        ["Authentication:OpenIdConnect:Authority"] = Issuer,
        ["Authentication:OpenIdConnect:ClientId"] = "supportgrains-pages",
        ["Authentication:OpenIdConnect:ClientSecret"] = "not-a-real-secret",
        ["Authentication:Claims:Role"] = "groups",
        ["Authentication:Claims:Organisation"] = "org",
    };

    [Fact]
    public async Task A_jwt_from_the_configured_authority_signs_in_with_its_claims_mapped()
    {
        await using var external = new SeparateApp(settings: Settings, services: Provider);
        var token = Jwt(Key, Audience, new Dictionary<string, object>
        {
            ["sub"] = "4f1c",
            ["preferred_username"] = "jo.director",
            ["groups"] = new[] { "Director", "Team Leader", "Finance" },
            ["org"] = "org-elsewhere",
            ["sg_staff"] = "s-elsewhere-001",
        });

        var me = (await external.App.WithToken(token).DataAsync("{ me { username roles organisationId staffId accessTokens { id } } }"))["me"]!;

        Assert.Equal("jo.director", me["username"]!.GetValue<string>());
        Assert.Equal(["TEAM_LEADER", "DIRECTOR"], me["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal("org-elsewhere", me["organisationId"]!.GetValue<string>());
        Assert.Equal("s-elsewhere-001", me["staffId"]!.GetValue<string>());
        Assert.Empty(me["accessTokens"]!.AsArray());
    }

    [Fact]
    public async Task A_jwt_signed_with_another_key_or_for_another_audience_is_refused()
    {
        await using var external = new SeparateApp(settings: Settings, services: Provider);
        var claims = new Dictionary<string, object> { ["sub"] = "4f1c", ["groups"] = "Admin" };
        var otherKey = new SymmetricSecurityKey(Enumerable.Range(100, 32).Select(i => (byte)i).ToArray()) { KeyId = "test" };

        foreach (var token in new[] { Jwt(otherKey, Audience, claims), Jwt(Key, "someone-else", claims) })
        {
            using var http = external.App.CreateClient();
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await http.PostAsJsonAsync("/graphql", new { query = "{ me { username } }" });
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }
    }

    [Fact]
    public async Task With_the_settings_the_schemes_are_registered_and_pages_are_sent_to_the_providers_sign_in()
    {
        await using var external = new SeparateApp(settings: Settings, services: Provider);
        await using var local = new SeparateApp();
        var schemes = external.App.Services.GetRequiredService<IAuthenticationSchemeProvider>();
        var localSchemes = local.App.Services.GetRequiredService<IAuthenticationSchemeProvider>();
        using var browser = external.App.Browser();

        var page = await browser.GetStringAsync("/signin");
        using var challenge = await browser.GetAsync("/signin/external?returnUrl=%2Fgraphql");

        Assert.NotNull(await schemes.GetSchemeAsync(SignInSchemes.Jwt));
        Assert.NotNull(await schemes.GetSchemeAsync(SignInSchemes.OpenIdConnect));
        Assert.Null(await localSchemes.GetSchemeAsync(SignInSchemes.Jwt));
        Assert.Null(await localSchemes.GetSchemeAsync(SignInSchemes.OpenIdConnect));
        Assert.Contains("href=\"/signin/external?returnUrl=%2F\"", page);
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        var location = challenge.Headers.Location!.ToString();
        Assert.StartsWith(Issuer + "/authorize?", location);
        Assert.Contains("client_id=supportgrains-pages", location);
        Assert.Contains("code_challenge=", location);
    }

    // What the provider would publish at /.well-known/openid-configuration.
    private static void Provider(IServiceCollection services)
    {
        var configuration = new OpenIdConnectConfiguration { Issuer = Issuer, AuthorizationEndpoint = Issuer + "/authorize", TokenEndpoint = Issuer + "/token" };
        configuration.SigningKeys.Add(Key);
        services.Configure<JwtBearerOptions>(SignInSchemes.Jwt, o => o.Configuration = configuration);
        services.Configure<OpenIdConnectOptions>(SignInSchemes.OpenIdConnect, o => o.Configuration = configuration);
    }

    private static string Jwt(SecurityKey key, string audience, Dictionary<string, object> claims) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = Issuer,
        Audience = audience,
        Claims = claims,
        IssuedAt = DateTime.UtcNow,
        NotBefore = DateTime.UtcNow.AddMinutes(-1),
        Expires = DateTime.UtcNow.AddMinutes(10),
        SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
    });
}
