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
        .ResolveAsync("Query", "person", c => Load.Person(c, c.Required<string>("id")))
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
                    SupportRatio = input.Get<int>("supportRatio"),
                    SupportRatioNote = input.Text("supportRatioNote"),
                },
                c.Change());
        })
        .ResolveAsync("Mutation", "setFundedHours", c =>
            Person(c, c.Required<string>("personId")).SetFundedHoursAsync(c.Required<double>("hoursPerWeek"), c.OptionalArgument<int>("supportRatio"), c.OptionalArgument<DateOnly>("from"), c.Change()))
        .ResolveAsync("Mutation", "endSupport", c =>
            Person(c, c.Required<string>("personId")).EndSupportAsync(c.Required<DateOnly>("endedOn"), c.Change()))
        .ResolveAsync("Mutation", "setProfileSection", c =>
        {
            var input = c.Input();
            return Person(c, input.Get<string>("personId")).SetProfileSectionAsync(input.Get<ProfileSection>("section"), input.Texts("items"), c.Change());
        })
        .ResolveAsync("Mutation", "addRelationship", c =>
        {
            var input = c.Input();
            return Person(c, input.Get<string>("personId")).AddRelationshipAsync(
                new Relationship(input.Get<string>("name"), input.Get<RelationshipKind>("kind"), input.Get<int>("closeness")), c.Change());
        })
        .ResolveAsync("Mutation", "changeRelationship", c =>
        {
            var input = c.Input();
            return Person(c, input.Get<string>("personId")).ChangeRelationshipAsync(
                input.Get<string>("relationshipId"), input.Text("name"), input.Optional<RelationshipKind>("kind"), input.Optional<int>("closeness"), c.Change());
        })
        .ResolveAsync("Mutation", "removeRelationship", c =>
        {
            var input = c.Input();
            return Person(c, input.Get<string>("personId")).RemoveRelationshipAsync(input.Get<string>("relationshipId"), input.Text("reason"), c.Change());
        });

    private static IPersonGrain Person(ResolveContext context, string id) => context.Grains().GetGrain<IPersonGrain>(id);
}
