namespace SupportGrains.Api.Application;

/// <summary>
/// The application layer both the GraphQL API and the pages call: who is asking, the access policy
/// applied to them, and a service per area that goes through it to the grains.
/// </summary>
public static class ApplicationHosting
{
    public static IHostApplicationBuilder AddApplication(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddHttpContextAccessor();

        // Scoped: one per HTTP request, or one per page's circuit (which sets the actor itself).
        services.AddScoped<Access.CurrentActor>();
        services.AddScoped<Access.Access>();
        services.AddScoped<PeopleService>();
        services.AddScoped<StaffService>();
        services.AddScoped<RotaService>();
        services.AddScoped<OrganisationService>();
        services.AddScoped<AuditService>();
        services.AddScoped<MatchesService>();
        services.AddScoped<PageChanges>();
        services.AddSingleton<OrganisationChanges>();
        return builder;
    }
}
