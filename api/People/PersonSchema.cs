using SupportGrains.Api.GraphQL;
using SupportGrains.Grains.Common;
using SupportGrains.Grains.People;
using SupportGrains.Grains.Staff;
using SupportGrains.GraphQL.Types;

namespace SupportGrains.Api.People;

/// <summary>People supported in the API: the person at the centre, their team, who knows them, their matches.</summary>
internal static class PersonSchema
{
    public static SchemaBuilder AddPeople(this SchemaBuilder schema) => schema
        .BindType<PersonView>("Person")
        .BindType<OnePageProfile>("OnePageProfile")
        .BindType<Relationship>("Relationship")
        .BindEnum<RelationshipKind>("RelationshipKind")
        .ResolveAsync("Query", "person", c => Load.Person(c, c.Argument<string>("id")!))
        .ResolveAsync("Person", "organisation", c => Load.Organisation(c, c.SourceAs<PersonView>().OrganisationId))
        .ResolveAsync("Person", "team", c => Load.Team(c, c.SourceAs<PersonView>().Id))
        .ResolveAsync("Person", "knownBy", async c =>
        {
            var person = c.SourceAs<PersonView>();
            var team = await Load.Team(c, person.Id);
            var ids = person.KnownBy.Select(k => k.OtherId).Concat(team?.Members.Select(m => m.StaffId) ?? []).Distinct();
            var today = Clock.Today(c);
            return (await Load.StaffMembers(c, ids)).Where(s => s.IsCurrentOn(today)).ToList();
        })
        .ResolveAsync("Person", "matches", async c =>
        {
            var person = c.SourceAs<PersonView>();
            var team = await c.Grains().GetGrain<Grains.Teams.ITeamGrain>(person.Id).MatchIdsAsync();
            var matches = await Load.Matches(c, team);
            return c.Argument<bool>("includeEnded") ? matches : matches.Where(m => !m.IsEnded).ToList();
        })
        .ResolveAsync("Mutation", "addPerson", c =>
        {
            var input = c.Input();
            return PersonCommands.AddAsync(c.Grains(), new NewPerson(
                input.Get<string>("organisationId"),
                input.Get<string>("name"),
                input.Get<DateOnly>("supportStartedOn"),
                input.Get<double>("fundedHoursPerWeek"),
                input.Text("overrideReason"))
            {
                SupportRatio = input.Text("supportRatio"),
            });
        })
        .ResolveAsync("Mutation", "setFundedHours", async c =>
        {
            var id = c.Argument<string>("personId")!;
            await PersonCommands.RequireAsync(c.Grains(), id);
            return await c.Grains().GetGrain<IPersonGrain>(id).SetFundedHoursAsync(c.Argument<double>("hoursPerWeek"));
        })
        .ResolveAsync("Mutation", "endSupport", async c =>
        {
            var id = c.Argument<string>("personId")!;
            await PersonCommands.RequireAsync(c.Grains(), id);
            return await c.Grains().GetGrain<IPersonGrain>(id).EndSupportAsync(c.Argument<DateOnly>("endedOn"));
        });

    /// <summary>The people a colleague knows: recorded links, and the people of the teams they are in.</summary>
    internal static IEnumerable<string> KnownPeople(StaffView staff, Grains.Teams.TeamView[] teams) =>
        staff.KnowsPeople.Select(k => k.OtherId).Concat(teams.Select(t => t.PersonId)).Distinct();

    internal static string? PersonOfTeam(string teamId) => Ids.PersonOfTeam(teamId);
}
