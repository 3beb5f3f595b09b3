using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.WebUtilities;

namespace SupportGrains.Api.Hosting;

/// <summary>
/// Every refusal says why. ASP.NET Core answers some on its own with an empty body — 404 for a
/// path nothing serves, 405 for a method a route does not take, 400 for a page's form without its
/// antiforgery token (that one even with a content type, so status-code pages pass it by) — and a
/// client then sees only a number. This gives every such answer a line of text naming what was
/// asked and what would work.
/// </summary>
public static class RefusalHosting
{
    /// <summary>Call first, so it sees the answers of everything after it.</summary>
    public static WebApplication UseClearRefusals(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Use(async (http, next) =>
        {
            await next(http);

            // Not started: nothing of a body has been written, so the answer is still ours to give.
            var response = http.Response;
            if (response.HasStarted || response.StatusCode < 400 || HttpMethods.IsHead(http.Request.Method))
            {
                return;
            }

            response.ContentType = "text/plain; charset=utf-8";
            response.ContentLength = null;
            await response.WriteAsync(Message(http), http.RequestAborted);
        });
        return app;
    }

    private static string Message(HttpContext http)
    {
        var request = http.Request;
        var path = request.PathBase + request.Path;
        var status = http.Response.StatusCode;
        return status switch
        {
            StatusCodes.Status404NotFound =>
                $"Nothing is served at {path}. GraphQL is at /graphql (its IDE too), sign-in at /signin and POST /api/token, health at /health.",
            StatusCodes.Status405MethodNotAllowed =>
                $"{path} does not take {request.Method}" + (http.Response.Headers.Allow is { Count: > 0 } allow ? $": use {allow}." : "."),
            StatusCodes.Status400BadRequest when http.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false } =>
                $"The form sent to {path} had expired or did not come from this site (its antiforgery token is missing or not valid). Open the page again and send it from there.",
            _ => $"{status} {ReasonPhrases.GetReasonPhrase(status)} ({request.Method} {path}).",
        };
    }
}
