using Microsoft.AspNetCore.WebUtilities;

namespace SupportGrains.Api.Hosting;

/// <summary>
/// Every refusal says why. ASP.NET Core answers some on its own with an empty body — 404 for a
/// path nothing serves, 405 for a method a route does not take — and a client then sees only a
/// number. This gives those answers a line of text naming what was asked and what would work.
/// </summary>
public static class RefusalHosting
{
    /// <summary>Call first, so it sees the answers of everything after it.</summary>
    public static WebApplication UseClearRefusals(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseStatusCodePages(async context =>
        {
            var http = context.HttpContext;
            var request = http.Request;
            var path = request.PathBase + request.Path;
            var status = http.Response.StatusCode;
            var message = status switch
            {
                StatusCodes.Status404NotFound =>
                    $"Nothing is served at {path}. GraphQL is at /graphql (its IDE too), sign-in at /signin and POST /api/token, health at /health.",
                StatusCodes.Status405MethodNotAllowed =>
                    $"{path} does not take {request.Method}" + (http.Response.Headers.Allow is { Count: > 0 } allow ? $": use {allow}." : "."),
                _ => $"{status} {ReasonPhrases.GetReasonPhrase(status)} ({request.Method} {path}).",
            };
            http.Response.ContentType = "text/plain; charset=utf-8";
            await http.Response.WriteAsync(message, http.RequestAborted);
        });
        return app;
    }
}
