using SupportGrains.Api.Application;
using SupportGrains.Api.GraphQL;
using SupportGrains.Grains.Organisations;
using SupportGrains.Grains.People;
using SupportGrains.GraphQL.Execution;
using SupportGrains.GraphQL.Types;

namespace SupportGrains.Api.People;

/// <summary>People supported in the API: the person at the centre, their profile and circle, their team, who knows them, their matches.</summary>
internal static class PersonSchema
{
    public static SchemaBuilder AddPeople(this SchemaBuilder schema) => schema
        .BindType<PersonView>("Person")
        .BindType<OnePageProfile>("OnePageProfile")
        .BindType<Relationship>("Relationship")
        .BindType<FundedHoursChange>("FundedHoursChange")
        .BindType<PersonChange>("PersonChange")
        .BindEnum<RelationshipKind>("RelationshipKind")
        .BindEnum<ProfileSection>("ProfileSection")
        .ResolveAsync("Query", "person", c =>
        {
            var id = c.Required<string>("id");

            // Asked for their team too: the team is read with the person, not after (the team field finds it loaded, or loading).
            var person = c.Selects("team") ? Load.RawPersonWithTeam(c, id) : Load.RawPerson(c, id);
            return Load.Asked(person, c.Access().CanReadPersonAsync, $"Person {id}");
        })
        .ResolveAsync("Person", "relationships", async c =>
        {
            var person = c.SourceAs<PersonView>();
            await c.Access().RequireReadCircleAsync(person);
            return person.Relationships;
        })
        .ResolveAsync("Person", "history", async c =>
        {
            var person = c.SourceAs<PersonView>();
            await c.Access().RequireReadCircleAsync(person);
            return person.History;
        })
        .ResolveAsync("Person", "organisation", c => Load.Organisation(c, c.SourceAs<PersonView>().OrganisationId))
        .ResolveAsync("Person", "team", c => Load.Team(c, c.SourceAs<PersonView>().Id))
        .ResolveAsync("Person", "knownBy", async c => await Load.StaffMembers(c, await Load.KnownBy(c, c.SourceAs<PersonView>())))
        .ResolveAsync("Person", "matches", async c =>
        {
            var team = await Load.TeamMatches(c, c.SourceAs<PersonView>().Id);
            var matches = await Load.Matches(c, (team?.Matches ?? []).Select(m => m.Id));
            return c.Argument<bool>("includeEnded") ? matches : matches.Where(m => !m.IsEnded).ToList();
        })
        .Mutation("addPerson", c =>
        {
            var input = c.Input();
            var organisationId = input.Get<string>("organisationId");
            c.Access().RequireManageOrganisation(organisationId, "taking a person on");
            return c.Grains().GetGrain<IOrganisationGrain>(organisationId).AddPersonAsync(
                new NewPerson(organisationId, input.Get<string>("name"), input.Get<DateOnly>("supportStartedOn"), input.Get<double>("fundedHoursPerWeek"), input.Text("overrideReason"))
                {
                    SupportRatio = input.Get<int>("supportRatio"),
                    SupportRatioNote = input.Text("supportRatioNote"),
                },
                c.Change());
        })
        .Mutation("setFundedHours", async c =>
        {
            await c.Access().RequireManagePersonAsync(c.Required<string>("personId"), "changing funded hours");
            return await Person(c, c.Required<string>("personId")).SetFundedHoursAsync(c.Required<double>("hoursPerWeek"), c.OptionalArgument<int>("supportRatio"), c.OptionalArgument<DateOnly>("from"), c.Change());
        })
        .Mutation("endSupport", async c =>
        {
            await c.Access().RequireManagePersonAsync(c.Required<string>("personId"), "ending support");
            return await Person(c, c.Required<string>("personId")).EndSupportAsync(c.Required<DateOnly>("endedOn"), c.Change());
        })
        .Mutation("setProfileSection", async c =>
        {
            var input = c.Input();
            return await c.Service<PeopleService>().SetProfileSectionAsync(input.Get<string>("personId"), input.Get<ProfileSection>("section"), input.Texts("items"), c.Change());
        })
        .Mutation("addRelationship", async c =>
        {
            var input = c.Input();
            return await c.Service<PeopleService>().AddRelationshipAsync(input.Get<string>("personId"),
                new Relationship(input.Get<string>("name"), input.Get<RelationshipKind>("kind"), input.Get<int>("closeness")), c.Change());
        })
        .Mutation("changeRelationship", async c =>
        {
            var input = c.Input();
            return await c.Service<PeopleService>().ChangeRelationshipAsync(input.Get<string>("personId"),
                input.Get<string>("relationshipId"), input.Text("name"), input.Optional<RelationshipKind>("kind"), input.Optional<int>("closeness"), c.Change());
        })
        .Mutation("removeRelationship", async c =>
        {
            var input = c.Input();
            return await c.Service<PeopleService>().RemoveRelationshipAsync(input.Get<string>("personId"), input.Get<string>("relationshipId"), input.Text("reason"), c.Change());
        });

    private static IPersonGrain Person(ResolveContext context, string id) => context.Grains().GetGrain<IPersonGrain>(id);
}
