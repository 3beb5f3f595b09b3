using SupportGrains.Api.GraphQL;
using SupportGrains.Grains.Common;
using Clock = SupportGrains.Api.GraphQL.Clock;
using SupportGrains.Grains.Knows;
using SupportGrains.Grains.Organisations;
using SupportGrains.Grains.Staff;
using SupportGrains.GraphQL.Execution;
using SupportGrains.GraphQL.Types;

namespace SupportGrains.Api.Staff;

/// <summary>Staff in the API: availability, who they know, their teams and matches.</summary>
internal static class StaffSchema
{
    public static SchemaBuilder AddStaff(this SchemaBuilder schema) => schema
        .BindType<StaffView>("StaffMember")
        .BindType<Availability>("Availability")
        .BindType<AvailabilityChange>("AvailabilityChange")
        .BindType<ContactDetails>("ContactDetails")
        .BindEnum<ContractType>("ContractType")
        .BindEnum<AvailabilityStatus>("AvailabilityStatus")
        .ResolveAsync("Query", "staffMember", c => Load.Staff(c, c.Required<string>("id")))
        .ResolveAsync("StaffMember", "organisation", c => Load.Organisation(c, c.SourceAs<StaffView>().OrganisationId))
        .Resolve("StaffMember", "availability", c => c.SourceAs<StaffView>().AvailabilityOn(Clock.Today(c)))
        .ResolveAsync("StaffMember", "recruitedFor", c => c.SourceAs<StaffView>().RecruitedForPersonId is { } id ? Load.Person(c, id) : Task.FromResult<Grains.People.PersonView?>(null))
        .ResolveAsync("StaffMember", "teams", async c =>
        {
            var connections = await Connections(c);
            return (await Task.WhenAll(connections.TeamPersonIds.Select(id => Load.Team(c, id)))).OfType<Grains.Teams.TeamView>().ToList();
        })
        .ResolveAsync("StaffMember", "knows", async c => await Load.People(c, (await Connections(c)).KnowsPersonIds))
        .ResolveAsync("StaffMember", "knowsStaff", async c => await Load.StaffMembers(c, (await Connections(c)).KnowsStaffIds))
        .ResolveAsync("StaffMember", "matches", async c =>
        {
            var matches = await Load.Matches(c, (await Connections(c)).MatchIds);
            return c.Argument<bool>("includeEnded") ? matches : matches.Where(m => !m.IsEnded).ToList();
        })
        .ResolveAsync("Mutation", "addStaffMember", c =>
        {
            var input = c.Input();
            var organisationId = input.Get<string>("organisationId");
            return c.Grains().GetGrain<IOrganisationGrain>(organisationId).AddStaffMemberAsync(
                new NewStaffMember(
                    organisationId,
                    input.Get<string>("name"),
                    input.Get<string>("role"),
                    input.Get<bool>("isLeader"),
                    input.Get<ContractType>("contract"),
                    input.Get<DateOnly>("startedOn"),
                    input.Get<double>("contractedHoursPerWeek"),
                    input.Text("recruitedForPersonId"),
                    input.Texts("interests")),
                c.Change());
        })
        .ResolveAsync("Mutation", "addCandidate", c =>
        {
            var input = c.Input();
            var organisationId = input.Get<string>("organisationId");
            return c.Grains().GetGrain<IOrganisationGrain>(organisationId).AddCandidateAsync(
                new NewCandidate(organisationId, input.Get<string>("name"), new ContactDetails(input.Text("email"), input.Text("phone"), input.Text("note")))
                {
                    RecruitedForPersonId = input.Text("recruitedForPersonId"),
                },
                c.Change());
        })
        .ResolveAsync("Mutation", "startEmployment", c =>
        {
            var input = c.Input();
            return c.Grains().GetGrain<IStaffMemberGrain>(input.Get<string>("staffId")).StartEmploymentAsync(
                new Employment(input.Get<DateOnly>("startedOn"), input.Get<string>("role"), input.Get<bool>("isLeader"), input.Get<ContractType>("contract"), input.Get<double>("contractedHoursPerWeek")),
                c.Change());
        })
        .ResolveAsync("Mutation", "staffLeaves", c =>
        {
            var input = c.Input();
            return c.Grains().GetGrain<IStaffMemberGrain>(input.Get<string>("staffId")).LeaveAsync(input.Get<DateOnly>("leftOn"), input.Text("reason"), c.Change());
        })
        .ResolveAsync("Mutation", "recordKnows", async c =>
        {
            var input = c.Input();
            var staffId = input.Get<string>("staffId");
            var staff = c.Grains().GetGrain<IStaffMemberGrain>(staffId);
            var organisationId = (await staff.GetAsync() ?? throw DomainException.NotFound($"Staff member {staffId}")).OrganisationId;
            await c.Grains().GetGrain<IKnowsGrain>(organisationId).RecordAsync(staffId, input.Text("personId"), input.Text("colleagueId"), input.Get<DateOnly>("lastTogetherOn"), c.Change());
            return await staff.GetAsync();
        })
        .ResolveAsync("Mutation", "setAvailability", c =>
        {
            var input = c.Input();
            return c.Grains().GetGrain<IStaffMemberGrain>(input.Get<string>("staffId")).SetAvailabilityAsync(
                input.Get<AvailabilityStatus>("status"), input.Optional<DateOnly>("from"), input.Optional<DateOnly>("until"), input.Text("note"), c.Change());
        });

    private static async Task<StaffConnections> Connections(ResolveContext context) =>
        await Load.Connections(context, context.SourceAs<StaffView>().Id) ?? StaffConnections.None;
}
