using Microsoft.Extensions.Logging.Console;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using SupportGrains.Api.Operations;

namespace SupportGrains.Api.Hosting;

/// <summary>
/// What an operator watches: metrics in Prometheus' text format at /metrics (OpenTelemetry, from
/// Orleans', ASP.NET Core's, the .NET runtime's and the API's own instruments), and console logs
/// that carry each request's trace id.
/// </summary>
public static class TelemetryHosting
{
    /// <summary>The meters /metrics reads.</summary>
    public static readonly IReadOnlyList<string> Meters =
    [
        "Microsoft.Orleans",
        "Microsoft.AspNetCore.Hosting",
        "Microsoft.AspNetCore.Server.Kestrel",
        "Microsoft.AspNetCore.Routing",
        "Microsoft.AspNetCore.Diagnostics",
        "Microsoft.AspNetCore.RateLimiting",
        "Microsoft.AspNetCore.Authentication",
        "Microsoft.AspNetCore.Authorization",
        "System.Runtime",
        ApiMetrics.MeterName,
    ];

    private const string AllowFromSetting = "Operations:Metrics:AllowFrom";

    public static IHostApplicationBuilder AddTelemetry(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<ApiMetrics>();
        builder.Services.AddSingleton(OperatorAddresses.Parse(AllowFromSetting, builder.Configuration[AllowFromSetting]));
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("supportgrains-api"))
            .WithMetrics(metrics => metrics.AddMeter([.. Meters]).AddPrometheusExporter());

        // JSON logs (Logging:Console:FormatterName=json) carry their scopes unless told otherwise: the
        // request's TraceId and SpanId (the host tracks them on every log scope), RequestId and RequestPath.
        var includeScopes = builder.Configuration.GetValue<bool?>("Logging:Console:FormatterOptions:IncludeScopes");
        builder.Services.Configure<JsonConsoleFormatterOptions>(o => o.IncludeScopes = includeScopes ?? true);
        return builder;
    }

    /// <summary>/metrics, answered only to this machine and the addresses of <c>Operations:Metrics:AllowFrom</c> (403 to anyone else).</summary>
    public static WebApplication MapTelemetry(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var allowed = app.Services.GetRequiredService<OperatorAddresses>();
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/metrics"), branch => branch.Use(async (context, next) =>
        {
            if (!allowed.Allows(context.Connection.RemoteIpAddress))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                await context.Response.WriteAsync($"/metrics answers only on this machine (loopback) and to the addresses in {AllowFromSetting}.");
                return;
            }

            await next(context);
        }));
        app.MapPrometheusScrapingEndpoint("/metrics");
        return app;
    }
}
