using System.Net;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Orleans.Dashboard;
using SupportGrains.Api.Access;
using SupportGrains.Grains.Organisations;

namespace SupportGrains.Api.Hosting;

/// <summary>What an operator needs: health checks for the grains and the store, and the Orleans dashboard.</summary>
public static class OperationsHosting
{
    public static IHostApplicationBuilder AddOperations(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddHealthChecks().AddCheck<GrainsHealthCheck>("grains");
        return builder;
    }

    /// <summary>
    /// /health (open), and the Orleans dashboard at /dashboard: for a signed-in admin, and only on
    /// this machine (loopback) unless <c>Operations:Dashboard:AllowRemote</c> is true. Call after MapSignIn.
    /// </summary>
    public static WebApplication MapOperations(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapHealthChecks("/health");
        var allowRemote = app.Configuration.GetValue("Operations:Dashboard:AllowRemote", false);
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/dashboard"), branch => branch.Use(async (context, next) =>
        {
            if (!allowRemote && context.Connection.RemoteIpAddress is { } address && !IPAddress.IsLoopback(address))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                await context.Response.WriteAsync("The dashboard answers only on this machine (loopback).");
                return;
            }

            if (Actor.From(context.User) is not { } actor)
            {
                context.Response.Redirect("/signin?returnUrl=" + Uri.EscapeDataString(context.Request.Path + context.Request.QueryString));
                return;
            }

            if (!actor.IsAdmin)
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                await context.Response.WriteAsync("The dashboard is for admins: sign in with an account that has the admin role.");
                return;
            }

            await next(context);
        }));
        app.MapOrleansDashboard("/dashboard");
        return app;
    }

    /// <summary>Healthy when a grain answers: the silo (or the cluster, for a client) is up and its store can be read.</summary>
    private sealed class GrainsHealthCheck(IGrainFactory grains) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                var organisations = await grains.GetGrain<IOrganisationCatalogGrain>(IOrganisationCatalogGrain.Key).OrganisationIdsAsync()
                    .WaitAsync(TimeSpan.FromSeconds(5), cancellationToken);
                return HealthCheckResult.Healthy($"{organisations.Length} organisations");
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                return HealthCheckResult.Unhealthy("The grains did not answer.", e);
            }
        }
    }
}
