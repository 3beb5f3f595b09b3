using System.Collections.Immutable;
using Microsoft.Extensions.DependencyInjection;
using SupportGrains.Grains.Matches;
using SupportGrains.Grains.Organisations;
using SupportGrains.Grains.People;
using SupportGrains.Grains.Staff;
using SupportGrains.Grains.Teams;
using SupportGrains.GraphQL.Execution;
using SupportGrains.Silo;

namespace SupportGrains.Api.GraphQL;

/// <summary>
/// Per-request batch loaders over the grains: each grain is asked once per request, however many
/// edges of the result lead to it, and the asks of one level go out together.
/// </summary>
internal static class Load
{
    public static Task<PersonView?> Person(ResolveContext context, string id) =>
        Loader(context, "person", (g, key) => g.GetGrain<IPersonGrain>(key).GetAsync()).LoadAsync(id);

    public static Task<StaffView?> Staff(ResolveContext context, string id) =>
        Loader(context, "staff", (g, key) => g.GetGrain<IStaffMemberGrain>(key).GetAsync()).LoadAsync(id);

    public static Task<MatchView?> Match(ResolveContext context, string id) =>
        Loader(context, "match", (g, key) => g.GetGrain<IMatchGrain>(key).GetAsync()).LoadAsync(id);

    public static Task<OrganisationView?> Organisation(ResolveContext context, string id) =>
        Loader(context, "organisation", (g, key) => g.GetGrain<IOrganisationGrain>(key).GetAsync()).LoadAsync(id);

    public static async Task<IReadOnlyList<PersonView>> People(ResolveContext context, IEnumerable<string> ids) =>
        [.. (await Task.WhenAll(ids.Select(id => Person(context, id)))).OfType<PersonView>()];

    public static async Task<IReadOnlyList<StaffView>> StaffMembers(ResolveContext context, IEnumerable<string> ids) =>
        [.. (await Task.WhenAll(ids.Select(id => Staff(context, id)))).OfType<StaffView>()];

    public static async Task<IReadOnlyList<MatchView>> Matches(ResolveContext context, IEnumerable<string> ids) =>
        [.. (await Task.WhenAll(ids.Select(id => Match(context, id)))).OfType<MatchView>()];

    /// <summary>The team around a person today: its matches, and the availability of its members for covered hours.</summary>
    public static async Task<TeamView?> Team(ResolveContext context, string personId)
    {
        var person = await Person(context, personId);
        if (person is null)
        {
            return null;
        }

        var team = await Loader(context, "team", async (g, key) => new TeamMatches(await g.GetGrain<ITeamGrain>(key).MatchIdsAsync())).LoadAsync(personId);
        var matches = await Matches(context, team?.Ids ?? []);
        var staff = await StaffMembers(context, matches.Where(m => m.IsTeamMembership).Select(m => m.StaffId).Distinct());
        return TeamRules.Build(person, matches, staff.ToDictionary(s => s.Id), Clock.Today(context));
    }

    private static BatchLoader<string, T> Loader<T>(ResolveContext context, string name, Func<IGrainFactory, string, Task<T?>> get)
        where T : class =>
        context.Loader<string, T>(name, async (ids, _) =>
        {
            var grains = context.Services!.GetRequiredService<IGrainFactory>();
            var found = await Task.WhenAll(ids.Select(id => get(grains, id)));
            var byId = new Dictionary<string, T>(ids.Count, StringComparer.Ordinal);
            for (var i = 0; i < ids.Count; i++)
            {
                if (found[i] is { } value)
                {
                    byId[ids[i]] = value;
                }
            }

            return byId;
        });

    private sealed record TeamMatches(ImmutableArray<string> Ids);
}
