using System.Collections.Immutable;
using SupportGrains.Api.GraphQL;
using SupportGrains.Grains.Common;
using SupportGrains.Grains.Staff;
using SupportGrains.Grains.Teams;
using SupportGrains.GraphQL.Types;

namespace SupportGrains.Api.Teams;

/// <summary>The team around a person in the API: its members and how much of the funded hours they cover.</summary>
internal static class TeamSchema
{
    public static SchemaBuilder AddTeams(this SchemaBuilder schema) => schema
        .BindType<TeamView>("Team")
        .BindType<TeamMember>("TeamMember")
        .ResolveAsync("Query", "team", async c =>
        {
            var id = c.Required<string>("id");
            return Ids.PersonOfTeam(id) is { } personId && await Load.Asked(Load.RawPerson(c, personId), c.Access().CanReadPersonAsync, $"Team {id}") is not null
                ? await Load.Team(c, personId)
                : null;
        })
        .ResolveAsync("Team", "person", c => Load.Person(c, c.SourceAs<TeamView>().PersonId))
        .ResolveAsync("Team", "members", c =>
        {
            // Someone who knows the person reads their team, but only the members they may read.
            var members = c.SourceAs<TeamView>().Members;
            var readable = Load.StaffMembers(c, members.Select(m => m.StaffId));
            return readable.IsCompletedSuccessfully ? Task.FromResult(Readable(members, readable.Result)) : Awaited(members, readable);

            static async Task<IReadOnlyList<TeamMember>> Awaited(ImmutableArray<TeamMember> members, Task<IReadOnlyList<StaffView>> readable) =>
                Readable(members, await readable);
        })
        .ResolveAsync("Team", "leaders", async c => await Load.StaffMembers(c, (await Load.TeamMatches(c, c.SourceAs<TeamView>().PersonId))?.LeaderStaffIds ?? []))
        .Mutation("setTeamLeaders", async c =>
        {
            var input = c.Input();
            var personId = input.Get<string>("personId");
            await c.Access().RequireManagePersonAsync(personId, "naming a team's leaders");
            await c.Grains().GetGrain<ITeamGrain>(personId).SetLeadersAsync(input.Texts("staffIds"), c.Change());
            return await Load.Team(c, personId);
        })
        .ResolveAsync("TeamMember", "staff", c => Load.Staff(c, c.SourceAs<TeamMember>().StaffId))
        .ResolveAsync("TeamMember", "match", c => Load.Match(c, c.SourceAs<TeamMember>().MatchId));

    // The members whose colleague the user may read (all of them, as a rule: then the team's own list).
    private static IReadOnlyList<TeamMember> Readable(ImmutableArray<TeamMember> members, IReadOnlyList<StaffView> readable)
    {
        if (readable.Count == members.Length)
        {
            return members;
        }

        var ids = readable.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        return [.. members.Where(m => ids.Contains(m.StaffId))];
    }
}
