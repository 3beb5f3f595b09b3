using SupportGrains.Api.GraphQL;
using SupportGrains.Grains.Organisations;
using SupportGrains.Grains.People;
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
        .ResolveAsync("Person", "knownBy", async c => await Load.StaffMembers(c, await Load.KnownBy(c, c.SourceAs<PersonView>())))
        .ResolveAsync("Person", "matches", async c =>
        {
            var team = await Load.TeamMatches(c, c.SourceAs<PersonView>().Id);
            IReadOnlyList<Grains.Matches.Match> matches = team?.Matches ?? [];
            return c.Argument<bool>("includeEnded") ? matches : matches.Where(m => !m.IsEnded).ToList();
        })
        .ResolveAsync("Mutation", "addPerson", c =>
        {
            var input = c.Input();
            var organisationId = input.Get<string>("organisationId");
            return c.Grains().GetGrain<IOrganisationGrain>(organisationId).AddPersonAsync(
                new NewPerson(organisationId, input.Get<string>("name"), input.Get<DateOnly>("supportStartedOn"), input.Get<double>("fundedHoursPerWeek"), input.Text("overrideReason"))
                {
                    SupportRatio = input.Text("supportRatio"),
                },
                c.Change());
        })
        .ResolveAsync("Mutation", "setFundedHours", c =>
            c.Grains().GetGrain<IPersonGrain>(c.Argument<string>("personId")!).SetFundedHoursAsync(c.Argument<double>("hoursPerWeek"), c.Change()))
        .ResolveAsync("Mutation", "endSupport", c =>
            c.Grains().GetGrain<IPersonGrain>(c.Argument<string>("personId")!).EndSupportAsync(c.Argument<DateOnly>("endedOn"), c.Change()));
}
