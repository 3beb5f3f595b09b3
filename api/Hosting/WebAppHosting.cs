using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MudBlazor.Services;
using SupportGrains.Api.Components;

namespace SupportGrains.Api.Hosting;

/// <summary>
/// The web app: Razor components rendered on the server and kept live over the page's circuit,
/// with MudBlazor's components, its css and js served by the app itself (static web assets: no
/// CDN, no Node build). Every page needs a signed-in user; the circuit decides as that user through
/// the same access policy as the GraphQL API.
/// </summary>
public static class WebAppHosting
{
    public static IHostApplicationBuilder AddWebApp(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, AccountRevalidation>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<CircuitHandler, CircuitActor>());
        services.AddMudServices();
        if (builder is WebApplicationBuilder web)
        {
            // Package assets (_content/MudBlazor/…) are found through the build's manifest in every
            // environment, not only in Development; a published app has them in wwwroot.
            web.WebHost.UseStaticWebAssets();
        }

        return builder;
    }

    /// <summary>The pages (after MapSignIn, which signs the user in): / goes to the user's own page; every page needs a signed-in user, others are sent to /signin.</summary>
    public static WebApplication MapWebApp(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseAntiforgery();
        app.Use(PagePolicyAsync);
        app.MapStaticAssets();
        app.MapGet("/", () => Results.Redirect(Navigation.Home)).WithDisplayName("Home");
        app.MapRazorComponents<App>()
            .AddInteractiveServerRenderMode()
            .RequireAuthorization();
        return app;
    }

    // The pages load scripts and styles only from the app itself and talk only to it (the circuit's
    // WebSocket); MudBlazor sets inline styles on its elements, so inline styles are allowed.
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private static Task PagePolicyAsync(HttpContext context, RequestDelegate next)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>() is not null)
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "same-origin";
        }

        return next(context);
    }
}
