using System.Collections.Immutable;
using Microsoft.Extensions.DependencyInjection;
using SupportGrains.Api.Access;
using SupportGrains.Grains.Common;
using SupportGrains.Grains.Matches;
using SupportGrains.Grains.Organisations;
using SupportGrains.Grains.People;
using SupportGrains.Grains.Staff;
using SupportGrains.Grains.Teams;
using SupportGrains.GraphQL.Execution;

namespace SupportGrains.Api.GraphQL;

/// <summary>
/// Per-request batch loaders over the grains: each grain is asked once per request, however many
/// edges of the result lead to it, and the asks of one level go out together.
/// </summary>
internal static class Load
{
    /// <summary>A person, when the signed-in user may read their record (null otherwise, as when there is none).</summary>
    public static Task<PersonView?> Person(ResolveContext context, string id) =>
        Readable(RawPerson(context, id), context.Access(), static (access, person) => access.CanReadPersonAsync(person));

    /// <summary>A colleague, when the signed-in user may read their record.</summary>
    public static Task<StaffView?> Staff(ResolveContext context, string id) =>
        Readable(RawStaff(context, id), context.Access(), static (access, staff) => access.CanReadStaffAsync(staff));

    /// <summary>An organisation, when it is the signed-in user's own (or they are an admin).</summary>
    public static async Task<OrganisationView?> Organisation(ResolveContext context, string id) =>
        await RawOrganisation(context, id) is { } organisation && AccessPolicy.ReadOrganisation(context.Access().Actor, organisation.Id).Allowed ? organisation : null;

    /// <summary>For a query asking for one thing by id: the thing, null when there is none, FORBIDDEN when it is not the user's to read.</summary>
    public static async Task<T?> Asked<T>(Task<T?> raw, Func<T, Task<bool>> readable, string what)
        where T : class
    {
        var found = await raw;
        return found is null || await readable(found) ? found : throw new DomainException(ErrorCode.Forbidden, $"{what} is not yours to read.");
    }

    /// <summary>
    /// Reads many of an organisation's people and colleagues from its kept snapshot in one call, so
    /// the fields that follow find them without a grain call each.
    /// </summary>
    public static async Task PrimeAsync(ResolveContext context, string organisationId, IEnumerable<string> personIds, IEnumerable<string> staffIds)
    {
        var views = await context.Grains().GetGrain<IOrganisationGrain>(organisationId).ViewsAsync([.. personIds.Distinct()], [.. staffIds.Distinct()]);
        Prime(context, views.People, views.Staff);
    }

    /// <summary>Views in hand already (an organisation's answer carries them) go into this request's loaders.</summary>
    public static void Prime(ResolveContext context, IEnumerable<PersonView> people, IEnumerable<StaffView> staff)
    {
        var personLoader = PersonLoader(context);
        if (people.TryGetNonEnumeratedCount(out var morePeople))
        {
            personLoader.Reserve(morePeople);
        }

        foreach (var person in people)
        {
            personLoader.Prime(person.Id, person);
        }

        var staffLoader = StaffLoader(context);
        if (staff.TryGetNonEnumeratedCount(out var moreStaff))
        {
            staffLoader.Reserve(moreStaff);
        }

        foreach (var colleague in staff)
        {
            staffLoader.Prime(colleague.Id, colleague);
        }
    }

    public static Task<PersonView?> RawPerson(ResolveContext context, string id) => PersonLoader(context).LoadAsync(id);

    public static Task<StaffView?> RawStaff(ResolveContext context, string id) => StaffLoader(context).LoadAsync(id);

    private static BatchLoader<string, PersonView> PersonLoader(ResolveContext context) =>
        Loader(context, "person", static (_, g, key) => g.GetGrain<IPersonGrain>(key).GetAsync());

    private static BatchLoader<string, StaffView> StaffLoader(ResolveContext context) =>
        Loader(context, "staff", static (_, g, key) => g.GetGrain<IStaffMemberGrain>(key).GetAsync());

    public static Task<OrganisationView?> RawOrganisation(ResolveContext context, string id) =>
        Loader(context, "organisation", static (_, g, key) => g.GetGrain<IOrganisationGrain>(key).GetAsync()).LoadAsync(id);

    /// <summary>The matches of the team around a person (the team keeps them).</summary>
    public static Task<TeamState?> TeamMatches(ResolveContext context, string personId) =>
        Loader(context, "team-matches", static async (_, g, key) => (TeamState?)await g.GetGrain<ITeamGrain>(key).GetAsync()).LoadAsync(personId);

    /// <summary>
    /// A match, from the team that keeps it (its id names the person), when the user may read both
    /// its person and its colleague (a match shows both, so one the user may not read is left out of
    /// lists rather than breaking them).
    /// </summary>
    public static Task<Match?> Match(ResolveContext context, string id)
    {
        var raw = RawMatch(context, id);
        if (!raw.IsCompletedSuccessfully)
        {
            return Awaited(context, raw);
        }

        if (raw.Result is not { } match)
        {
            return raw;
        }

        // Found in this request already (a team's answer carries its members' matches): decided without awaiting when its person and colleague are too.
        var person = Person(context, match.PersonId);
        if (!person.IsCompletedSuccessfully)
        {
            return Awaited(context, raw);
        }

        if (person.Result is null)
        {
            return None<Match>.Task;
        }

        var staff = Staff(context, match.StaffId);
        return !staff.IsCompletedSuccessfully ? Awaited(context, raw) : staff.Result is null ? None<Match>.Task : raw;

        static async Task<Match?> Awaited(ResolveContext context, Task<Match?> raw) =>
            await raw is { } match && await Person(context, match.PersonId) is not null && await Staff(context, match.StaffId) is not null ? match : null;
    }

    public static Task<Match?> RawMatch(ResolveContext context, string id) => MatchLoader(context).LoadAsync(id);

    // A match from the team that keeps it, unless this request has it already (a team's answer carries its members' matches).
    private static BatchLoader<string, Match> MatchLoader(ResolveContext context) =>
        Loader(context, "match", static async (context, _, id) => Ids.PersonOfMatch(id) is { } personId && await TeamMatches(context, personId) is { } team ? team.MatchById(id) : null);

    public static Task<IReadOnlyList<PersonView>> People(ResolveContext context, IEnumerable<string> ids) => All(context, ids, Person);

    public static Task<IReadOnlyList<StaffView>> StaffMembers(ResolveContext context, IEnumerable<string> ids) => All(context, ids, Staff);

    // The readable ones of many loads, in order: without awaiting when every load is done already (they were primed, as a rule).
    private static Task<IReadOnlyList<T>> All<T>(ResolveContext context, IEnumerable<string> ids, Func<ResolveContext, string, Task<T?>> load)
        where T : class
    {
        var loads = ids.TryGetNonEnumeratedCount(out var count) ? new List<Task<T?>>(count) : [];
        var done = true;
        foreach (var id in ids)
        {
            var loading = load(context, id);
            done &= loading.IsCompletedSuccessfully;
            loads.Add(loading);
        }

        return done ? Task.FromResult(Found(loads)) : Awaited(loads);

        static async Task<IReadOnlyList<T>> Awaited(List<Task<T?>> loads)
        {
            await Task.WhenAll(loads);
            return Found(loads);
        }

        static IReadOnlyList<T> Found(List<Task<T?>> loads)
        {
            var found = new List<T>(loads.Count);
            foreach (var loaded in loads)
            {
                if (loaded.Result is { } value)
                {
                    found.Add(value);
                }
            }

            return found;
        }
    }

    public static async Task<IReadOnlyList<Match>> Matches(ResolveContext context, IEnumerable<string> ids) =>
        [.. (await Task.WhenAll(ids.Select(id => Match(context, id)))).OfType<Match>()];

    /// <summary>
    /// The team around a person today, as their organisation sees it (members, stages, covered
    /// hours); its members' views come in the same call, so the fields that follow find them.
    /// </summary>
    public static Task<TeamView?> Team(ResolveContext context, string personId) =>
        Loader(context, "team", static async (context, g, key) =>
        {
            var homes = context.Services!.GetRequiredService<PersonHomes>();
            var today = Days.Today(context);

            // Asked first of the organisation the person was last seen in: when they are one of its
            // people, its answer brings their view too, and the person grain need not be asked.
            var home = homes.Of(key);
            var found = home is null ? null : await Hinted(g.GetGrain<IOrganisationGrain>(home).TeamWithMembersAsync(key, today));
            if (found is null)
            {
                if (await RawPerson(context, key) is not { } person)
                {
                    return null;
                }

                homes.Remember(key, person.OrganisationId);
                found = await g.GetGrain<IOrganisationGrain>(person.OrganisationId).TeamWithMembersAsync(key, today);
                if (found is null)
                {
                    return null;
                }
            }

            Prime(context, [found.Person], found.Members);
            var matches = MatchLoader(context);
            matches.Reserve(found.Matches.Length);
            foreach (var match in found.Matches)
            {
                matches.Prime(match.Id, match);
            }

            return found.Team;

            // A hint that leads nowhere (an organisation that is not theirs, or not there, or not answering now) is only a hint: the person is read instead.
            static async Task<TeamWithMembers?> Hinted(Task<TeamWithMembers?> asked)
            {
                await ((Task)asked).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                return asked.IsCompletedSuccessfully ? asked.Result : null;
            }
        }).LoadAsync(personId);

    /// <summary>
    /// A person (unchecked, as <see cref="RawPerson"/>) for a question that asks for their team too:
    /// when their organisation is known from before, the team is asked first and brings the person's
    /// view with it (one grain call); otherwise the person is read at once and the team after them.
    /// </summary>
    public static Task<PersonView?> RawPersonWithTeam(ResolveContext context, string personId)
    {
        var team = Team(context, personId);
        return context.Services!.GetRequiredService<PersonHomes>().Of(personId) is null ? RawPerson(context, personId) : AfterTeam(context, personId, team);

        // The team's own failure is the team field's to report; the person is then read on their own.
        static async Task<PersonView?> AfterTeam(ResolveContext context, string personId, Task team)
        {
            await team.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            return await RawPerson(context, personId);
        }
    }

    /// <summary>Whose teams a colleague is in, whom they know, and their matches, today.</summary>
    public static Task<StaffConnections?> Connections(ResolveContext context, string staffId) =>
        Loader(context, "connections", static async (context, g, key) => await RawStaff(context, key) is { } staff
            ? await g.GetGrain<IOrganisationGrain>(staff.OrganisationId).ConnectionsOfAsync(key, Days.Today(context))
            : null).LoadAsync(staffId);

    /// <summary>The colleagues who know a person today.</summary>
    public static async Task<ImmutableArray<string>> KnownBy(ResolveContext context, PersonView person) =>
        await context.Grains().GetGrain<IOrganisationGrain>(person.OrganisationId).KnownByAsync(person.Id, Days.Today(context));

    /// <summary>
    /// A thing the user may read: the load itself when it and the decision are done already (nothing
    /// is allocated for a field asked of every item of a list), otherwise awaited; null when there is
    /// none or it is not theirs to read.
    /// </summary>
    private static Task<T?> Readable<T>(Task<T?> raw, Access.Access access, Func<Access.Access, T, Task<bool>> canRead)
        where T : class
    {
        if (raw.IsCompletedSuccessfully)
        {
            if (raw.Result is not { } found)
            {
                return raw;
            }

            var readable = canRead(access, found);
            if (readable.IsCompletedSuccessfully)
            {
                return readable.Result ? raw : None<T>.Task;
            }
        }

        return Awaited(raw, access, canRead);

        static async Task<T?> Awaited(Task<T?> raw, Access.Access access, Func<Access.Access, T, Task<bool>> canRead) =>
            await raw is { } found && await canRead(access, found) ? found : null;
    }

    private static class None<T>
        where T : class
    {
        public static readonly Task<T?> Task = System.Threading.Tasks.Task.FromResult<T?>(null);
    }

    // The batch function is made once per request and loader (the state carries what it needs), so finding the loader again allocates nothing.
    private static BatchLoader<string, T> Loader<T>(ResolveContext context, string name, Func<ResolveContext, IGrainFactory, string, Task<T?>> get)
        where T : class =>
        context.Loader<string, T, (ResolveContext Context, Func<ResolveContext, IGrainFactory, string, Task<T?>> Get)>(name, (context, get), static state => async (ids, _) =>
        {
            var (context, get) = state;
            var grains = context.Services!.GetRequiredService<IGrainFactory>();
            var found = await Task.WhenAll(ids.Select(id => get(context, grains, id)));
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
}
