using System.Text.Json;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.Features;
using SupportGrains.Api.Access;

namespace SupportGrains.Api.Accounts;

/// <summary>
/// Signing in: the page (GET/POST /signin, POST /signout, with antiforgery), the organisation's own
/// sign-in when configured (GET /signin/external), and tokens for API clients (POST /api/token).
/// </summary>
internal static class SignInEndpoints
{
    private const int TokenRequestLimit = 16 * 1024;

    public static IEndpointRouteBuilder MapSignInEndpoints(this IEndpointRouteBuilder endpoints, IConfiguration configuration)
    {
        endpoints.MapGet("/signin", (RequestDelegate)ShowAsync).WithDisplayName("Sign-in page");
        endpoints.MapPost("/signin", (RequestDelegate)SignInAsync).WithDisplayName("Sign in");
        endpoints.MapPost("/signout", (RequestDelegate)SignOutAsync).WithDisplayName("Sign out");
        endpoints.MapPost("/api/token", (RequestDelegate)TokenAsync).WithDisplayName("Bearer token");
        if (ExternalSignIn.HasOpenIdConnect(configuration))
        {
            endpoints.MapGet("/signin/external", (HttpContext http) => Results.Challenge(
                new AuthenticationProperties { RedirectUri = LocalUrl.OrHome(http.Request.Query["returnUrl"]) }, [SignInSchemes.OpenIdConnect]));
        }

        return endpoints;
    }

    private static Task ShowAsync(HttpContext http) => PageAsync(http, StatusCodes.Status200OK, http.Request.Query["returnUrl"], null, null);

    private static async Task SignInAsync(HttpContext http)
    {
        if (!http.Request.HasFormContentType)
        {
            await PageAsync(http, StatusCodes.Status400BadRequest, null, null, "Send the sign-in form.");
            return;
        }

        if (await ReadFormAsync(http) is not { } form)
        {
            return;
        }

        string? returnUrl = form["returnUrl"];
        string? username = form["username"];
        if (!await http.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(http))
        {
            await PageAsync(http, StatusCodes.Status400BadRequest, returnUrl, username,
                "The form had expired or did not come from this site. Please sign in again.");
            return;
        }

        var signIn = await http.RequestServices.GetRequiredService<LocalAccounts>().CheckPasswordAsync(username, form["password"]);
        if (signIn.Account is not { } account)
        {
            await PageAsync(http, StatusCodes.Status401Unauthorized, returnUrl, username, signIn.Refusal);
            return;
        }

        await http.SignInAsync(SignInSchemes.Cookie, AccountPrincipal.For(account), new AuthenticationProperties { IsPersistent = false, AllowRefresh = true });
        http.Response.Redirect(LocalUrl.OrHome(returnUrl));
    }

    // A form that cannot be read (a multipart body without its parts, more fields than ASP.NET Core's
    // limits, a value too long) is the sender's mistake: the page says so with 400, never a 500.
    private static async Task<IFormCollection?> ReadFormAsync(HttpContext http)
    {
        try
        {
            return await http.Request.ReadFormAsync(http.RequestAborted);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            await PageAsync(http, StatusCodes.Status400BadRequest, null, null, $"The form could not be read: {e.Message}");
            return null;
        }
    }

    private static async Task SignOutAsync(HttpContext http)
    {
        if (http.Request.HasFormContentType && await ReadFormAsync(http) is null)
        {
            return;
        }

        if (!await http.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(http))
        {
            await PageAsync(http, StatusCodes.Status400BadRequest, null, null, "The form had expired or did not come from this site: you are still signed in.");
            return;
        }

        await http.SignOutAsync(SignInSchemes.Cookie);
        http.Response.Redirect("/signin");
    }

    private static async Task PageAsync(HttpContext http, int status, string? returnUrl, string? username, string? error)
    {
        var tokens = http.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(http);
        var configuration = http.RequestServices.GetRequiredService<IConfiguration>();
        var page = SignInPage.Render(new SignInPageModel(LocalUrl.OrHome(returnUrl), tokens.FormFieldName, tokens.RequestToken!)
        {
            Username = username,
            Error = error,
            SignedInAs = error is null ? Actor.From(http.User)?.Username : null,
            ExternalSignIn = ExternalSignIn.HasOpenIdConnect(configuration) ? configuration["Authentication:OpenIdConnect:DisplayName"] ?? "your organisation's account" : null,
        });
        http.Response.StatusCode = status;
        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
        http.Response.Headers["Referrer-Policy"] = "same-origin";
        await http.Response.WriteAsync(page, http.RequestAborted);
    }

    /// <summary>POST /api/token: <c>{"username": …, "password": …}</c> → <c>{"accessToken": …, "expiresAt": …}</c>; 400 for a malformed body, 401 when refused.</summary>
    private static async Task TokenAsync(HttpContext http)
    {
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = TokenRequestLimit;
        }

        if (http.Request.ContentLength > TokenRequestLimit)
        {
            await ErrorAsync(http, StatusCodes.Status413PayloadTooLarge, ErrorCode.InvalidInput, $"The body is larger than {TokenRequestLimit} bytes.");
            return;
        }

        if (await ReadCredentialsAsync(http) is not ({ } username, { } password))
        {
            await ErrorAsync(http, StatusCodes.Status400BadRequest, ErrorCode.InvalidInput,
                "Send a JSON body {\"username\": \"…\", \"password\": \"…\"} with Content-Type: application/json.");
            return;
        }

        var accounts = http.RequestServices.GetRequiredService<LocalAccounts>();
        var signIn = await accounts.CheckPasswordAsync(username, password);
        if (signIn.Account is not { } account)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            await ErrorAsync(http, StatusCodes.Status401Unauthorized, ErrorCode.Unauthenticated, signIn.Refusal ?? PasswordSignIn.WrongCredentials);
            return;
        }

        var issued = await accounts.IssueSignInTokenAsync(account);
        http.Response.Headers.CacheControl = "no-store";
        await http.Response.WriteAsJsonAsync(new { accessToken = issued.Secret, expiresAt = issued.Token.ExpiresAt.UtcDateTime }, http.RequestAborted);
    }

    private static async Task<(string? Username, string? Password)> ReadCredentialsAsync(HttpContext http)
    {
        if (!http.Request.HasJsonContentType())
        {
            return default;
        }

        try
        {
            using var body = await JsonDocument.ParseAsync(http.Request.Body, default, http.RequestAborted);
            return body.RootElement.ValueKind == JsonValueKind.Object
                && body.RootElement.TryGetProperty("username", out var username) && username.ValueKind == JsonValueKind.String
                && body.RootElement.TryGetProperty("password", out var password) && password.ValueKind == JsonValueKind.String
                    ? (username.GetString(), password.GetString())
                    : default;
        }
        catch (Exception e) when (e is JsonException or BadHttpRequestException or InvalidOperationException)
        {
            // InvalidOperationException: a string that is not valid UTF-8 (or half a surrogate pair), found only when read.
            return default;
        }
    }

    private static Task ErrorAsync(HttpContext http, int status, string code, string message)
    {
        http.Response.StatusCode = status;
        return http.Response.WriteAsJsonAsync(new { error = new { code, message } }, http.RequestAborted);
    }
}
