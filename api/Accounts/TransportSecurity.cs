namespace SupportGrains.Api.Accounts;

/// <summary>
/// HTTPS redirection and HSTS whenever the app has an HTTPS endpoint, and CORS closed unless
/// <c>Cors:AllowedOrigins</c> names the origins whose pages may call the API (with bearer tokens;
/// never with the sign-in cookie, which stays SameSite=Lax).
/// </summary>
internal static class TransportSecurity
{
    /// <summary>An https URL among the app's URLs or Kestrel endpoints, or an HTTPS port.</summary>
    public static bool HasHttpsEndpoint(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var urls = (configuration["urls"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Concat(configuration.GetSection("Kestrel:Endpoints").GetChildren().Select(e => e["Url"] ?? ""));
        return urls.Any(u => u.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            || !string.IsNullOrWhiteSpace(configuration["https_ports"])
            || !string.IsNullOrWhiteSpace(configuration["https_port"]);
    }

    public static string[] AllowedOrigins(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection("Cors:AllowedOrigins");
        var origins = section.Value is { Length: > 0 } single ? single.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : section.Get<string[]>() ?? [];
        return [.. origins.Where(o => o.Length > 0 && o != "*")];
    }

    public static IHostApplicationBuilder AddTransportSecurity(this IHostApplicationBuilder builder)
    {
        if (HasHttpsEndpoint(builder.Configuration))
        {
            builder.Services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        }

        var origins = AllowedOrigins(builder.Configuration);
        if (origins.Length > 0)
        {
            builder.Services.AddCors(o => o.AddDefaultPolicy(policy => policy
                .WithOrigins(origins)
                .WithMethods(HttpMethods.Get, HttpMethods.Post)
                .WithHeaders("Authorization", "Content-Type", "Accept")));
        }

        return builder;
    }

    public static WebApplication UseTransportSecurity(this WebApplication app)
    {
        if (HasHttpsEndpoint(app.Configuration))
        {
            if (!app.Environment.IsDevelopment())
            {
                app.UseHsts();
            }

            app.UseHttpsRedirection();
        }

        if (AllowedOrigins(app.Configuration).Length > 0)
        {
            app.UseCors();
        }

        return app;
    }
}
