using SupportGrains.Api.GraphQL;
using SupportGrains.Grains.Common;
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
        .ResolveAsync("Team", "members", async c =>
        {
            // Someone who knows the person reads their team, but only the members they may read.
            var members = c.SourceAs<TeamView>().Members;
            var readable = await Load.StaffMembers(c, members.Select(m => m.StaffId));
            return members.Where(m => readable.Any(s => s.Id == m.StaffId)).ToList();
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
}
