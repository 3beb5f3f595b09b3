using System.Net;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
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
        builder.Services.AddHealthChecks()
            .AddCheck<GrainsHealthCheck>("grains", tags: [Ready])
            .AddCheck<StoreHealthCheck>("store", tags: [Ready]);
        return builder;
    }

    /// <summary>
    /// /health (open), and the Orleans dashboard at /dashboard: for a signed-in admin, and only on
    /// this machine (loopback) unless <c>Operations:Dashboard:AllowRemote</c> is true. Call after MapSignIn.
    /// </summary>
    public static WebApplication MapOperations(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // Live: the process answers. Ready: the grains and (when co-hosted) the store answer too. /health is ready.
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(Ready) });
        app.MapHealthChecks("/health", new HealthCheckOptions { Predicate = c => c.Tags.Contains(Ready) });
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

    private const string Ready = "ready";

    /// <summary>
    /// Healthy when the store answers a query and takes a write (only where the app co-hosts the
    /// silo; a client of a cluster has no store of its own). The write is what tells a read-only or
    /// full SQLite file from a working one; it costs one small commit per check.
    /// </summary>
    private sealed class StoreHealthCheck(IServiceProvider services) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            if (services.GetService<Silo.Storage.SupportGrainsStore>() is not { } store)
            {
                return HealthCheckResult.Healthy("No store in this process: it is a client of a cluster.");
            }

            try
            {
                await store.PingAsync(cancellationToken).WaitAsync(TimeSpan.FromSeconds(5), cancellationToken);
                await store.WriteProbeAsync(cancellationToken).WaitAsync(TimeSpan.FromSeconds(5), cancellationToken);
                return HealthCheckResult.Healthy(store.Where);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                return HealthCheckResult.Unhealthy($"The store did not answer: {store.Where}.", e);
            }
        }
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
