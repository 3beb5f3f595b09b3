using System.Globalization;
using System.Text.Json;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using SupportGrains.Api.Access;
using SupportGrains.Api.Operations;

namespace SupportGrains.Api.Hosting;

/// <summary>
/// Rate limits with ASP.NET Core's rate limiter: /graphql per signed-in account and per remote
/// address, signing in per address (stricter). A request over a limit is answered 429 with
/// Retry-After and a body that says so (a GraphQL-shaped error with code RATE_LIMITED on /graphql).
/// </summary>
public static class RateLimitHosting
{
    public const string Code = "RATE_LIMITED";

    public static IHostApplicationBuilder AddRateLimits(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var settings = RateLimitSettings.From(builder.Configuration);
        builder.Services.AddSingleton(settings);
        if (!settings.Enabled)
        {
            return builder;
        }

        builder.Services.AddRateLimiter(o =>
        {
            o.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(http => Kind(http) switch
                {
                    Limit.GraphQL => Bucket("graphql " + Address(http), settings.GraphQLPerAddress),
                    Limit.SignIn => Bucket("signin " + Address(http), settings.SignInPerAddress),
                    _ => RateLimitPartition.GetNoLimiter(""),
                }),
                PartitionedRateLimiter.Create<HttpContext, string>(http => Kind(http) == Limit.GraphQL && Actor.From(http.User) is { } actor
                    ? Bucket("account " + actor.AccountId, settings.GraphQLPerAccount)
                    : RateLimitPartition.GetNoLimiter("")));
            o.OnRejected = RejectAsync;
        });
        return builder;
    }

    /// <summary>The limiter, after authentication (it needs the signed-in account) and before anything that answers.</summary>
    public static IApplicationBuilder UseRateLimits(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.ApplicationServices.GetRequiredService<RateLimitSettings>().Enabled ? app.UseRateLimiter() : app;
    }

    private enum Limit
    {
        None,
        GraphQL,
        SignIn,
    }

    private static Limit Kind(HttpContext http)
    {
        var path = http.Request.Path;
        if (path.StartsWithSegments("/graphql"))
        {
            return Limit.GraphQL;
        }

        return HttpMethods.IsPost(http.Request.Method) && (path.StartsWithSegments("/signin") || path.StartsWithSegments("/api/token"))
            ? Limit.SignIn
            : Limit.None;
    }

    private static string Address(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "no address";

    private static RateLimitPartition<string> Bucket(string key, RateLimitSettings.Bucket bucket) =>
        RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = bucket.Burst,
            TokensPerPeriod = Math.Max(1, (int)Math.Round(bucket.PerSecond * Period(bucket).TotalSeconds)),
            ReplenishmentPeriod = Period(bucket),
            QueueLimit = 0,
            AutoReplenishment = true,
        });

    // At least one token per period: 2 a second refills every 0.5 s, 0.2 a second one token every 5 s.
    private static TimeSpan Period(RateLimitSettings.Bucket bucket) => bucket.PerSecond >= 1 ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(1 / bucket.PerSecond);

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var http = rejected.HttpContext;
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)) : 1;
        var limit = Kind(http) == Limit.GraphQL ? "graphql" : "signin";
        http.RequestServices.GetService<ApiMetrics>()?.RateLimited(limit);
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        http.Response.ContentType = "application/json; charset=utf-8";
        var message = limit == "graphql"
            ? $"Too many requests from this account or address: try again in {seconds} s."
            : $"Too many sign-in attempts from this address: try again in {seconds} s.";
        object body = limit == "graphql"
            ? new { errors = new[] { new { message, extensions = new { code = Code, retryAfterSeconds = seconds } } } }
            : new { error = Code, message, retryAfterSeconds = seconds };
        await JsonSerializer.SerializeAsync(http.Response.Body, body, cancellationToken: cancellationToken);
    }
}
