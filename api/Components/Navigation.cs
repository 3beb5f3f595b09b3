using System.Collections.Immutable;
using System.Reflection;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using SupportGrains.Api.Access;
using SupportGrains.Api.Components.Layout;

namespace SupportGrains.Api.Components;

/// <summary>
/// The pages of the web app and who may use each: the one list the navigation is drawn from. A role
/// sees only the pages it may use (the pages and the API refuse the rest anyway). A page appears
/// once it is built: an entry whose address no page answers yet stays hidden.
/// </summary>
public static class Navigation
{
    /// <summary>Where / goes.</summary>
    public const string Home = "/me";

    public static ImmutableArray<NavigationItem> All { get; } =
    [
        new(Home, "Me", Icons.Material.Filled.Person, a => a.StaffId is not null),
        new("/people", "Person", Icons.Material.Filled.Diversity3, Leads),
        new("/rota", "Rota", Icons.Material.Filled.CalendarMonth, Leads),
        new("/matches", "Match board", Icons.Material.Filled.ViewKanban, Leads),
        new("/organisation", "Organisation", Icons.Material.Filled.Groups, Directs),
        new("/plan", "Plan", Icons.Material.Filled.TrendingUp, Directs),
        new("/audit", "Audit", Icons.Material.Filled.History, Directs),
    ];

    /// <summary>The addresses the app's pages answer (their <c>@page</c> templates without parameters).</summary>
    public static ImmutableHashSet<string> Built { get; } = [.. typeof(Navigation).Assembly.GetTypes()
        .Where(t => typeof(IComponent).IsAssignableFrom(t))
        .SelectMany(t => t.GetCustomAttributes<RouteAttribute>())
        .Select(r => r.Template)];

    /// <summary>The pages this user may use, in the order of the navigation.</summary>
    public static ImmutableArray<NavigationItem> For(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return [.. All.Where(i => Built.Contains(i.Href) && i.MayUse(actor))];
    }

    private static bool Leads(Actor actor) => actor.OrganisationId is not null && (actor.IsTeamLeader || actor.IsDirector);

    private static bool Directs(Actor actor) => actor.OrganisationId is not null && actor.IsDirector;
}
