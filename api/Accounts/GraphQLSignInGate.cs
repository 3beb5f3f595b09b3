using System.Text.Json;
using SupportGrains.Api.Access;

namespace SupportGrains.Api.Accounts;

/// <summary>
/// Nothing of /graphql answers without a signed-in account: a browser asking for the IDE is sent
/// to the sign-in page (its schema and queries need an account anyway), anything else gets HTTP 401
/// with a GraphQL-shaped error, UNAUTHENTICATED. Introspection and the SDL are no exception.
/// </summary>
internal static class GraphQLSignInGate
{
    public const string Path = "/graphql";

    public const string NotSignedIn = "Sign in first: open /signin in a browser, or send Authorization: Bearer with a token from POST /api/token.";

    public static IApplicationBuilder UseGraphQLSignInGate(this IApplicationBuilder app) =>
        app.UseWhen(c => c.Request.Path.StartsWithSegments(Path), branch => branch.Use(async (http, next) =>
        {
            if (http.RequestServices.GetRequiredService<CurrentActor>().Actor is not null)
            {
                await next(http);
                return;
            }

            if (HttpMethods.IsGet(http.Request.Method) && !http.Request.Query.ContainsKey("query") && AcceptsHtml(http.Request))
            {
                http.Response.Redirect("/signin?returnUrl=" + Uri.EscapeDataString(http.Request.PathBase + http.Request.Path + http.Request.QueryString));
                return;
            }

            await RefuseAsync(http);
        }));

    private static async Task RefuseAsync(HttpContext http)
    {
        var tokenGiven = BearerToken.From(http.Request) is not null;
        http.Response.StatusCode = StatusCodes.Status401Unauthorized;
        http.Response.Headers.WWWAuthenticate = tokenGiven ? "Bearer error=\"invalid_token\"" : "Bearer";
        http.Response.ContentType = "application/json; charset=utf-8";
        var message = tokenGiven ? AccessTokenHandler.InvalidToken : NotSignedIn;
        await JsonSerializer.SerializeAsync(http.Response.Body, new
        {
            errors = new[] { new { message, extensions = new { code = ErrorCode.Unauthenticated } } },
        }, cancellationToken: http.RequestAborted);
    }

    private static bool AcceptsHtml(HttpRequest request) =>
        request.Headers.Accept.Any(a => a?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true);
}
