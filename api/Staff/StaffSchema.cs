using SupportGrains.Api.Application;
using SupportGrains.Api.GraphQL;
using SupportGrains.Grains.Common;
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
        .ResolveAsync("Query", "staffMember", c => Load.Asked(Load.RawStaff(c, c.Required<string>("id")), c.Access().CanReadStaffAsync, $"Staff member {c.Required<string>("id")}"))
        .ResolveAsync("StaffMember", "organisation", c => Load.Organisation(c, c.SourceAs<StaffView>().OrganisationId))
        .ResolveValueAsync("StaffMember", "availability", c => c.Service<StaffService>().Availability(c.SourceAs<StaffView>(), Days.Today(c)))
        .ResolveAsync("StaffMember", "availabilityHistory", async c =>
        {
            var staff = c.SourceAs<StaffView>();
            return await c.Access().CanReadPersonalMattersAsync(staff)
                ? staff.AvailabilityHistory
                : [.. staff.AvailabilityHistory.Select(a => a.Status == AvailabilityStatus.OffSick ? a with { Note = null } : a)];
        })
        .ResolveAsync("StaffMember", "contact", async c =>
        {
            var staff = c.SourceAs<StaffView>();
            return await c.Access().CanReadPersonalMattersAsync(staff) ? staff.Contact : null;
        })
        .ResolveAsync("StaffMember", "recruitedFor", c => c.SourceAs<StaffView>().RecruitedForPersonId is { } id ? Load.Person(c, id) : Task.FromResult<Grains.People.PersonView?>(null))
        .ResolveAsync("StaffMember", "teams", async c =>
        {
            var connections = await Connections(c);
            var readable = await Load.People(c, connections.TeamPersonIds);
            return (await Task.WhenAll(readable.Select(p => Load.Team(c, p.Id)))).OfType<Grains.Teams.TeamView>().ToList();
        })
        .ResolveAsync("StaffMember", "knows", async c => await Load.People(c, (await Connections(c)).KnowsPersonIds))
        .ResolveAsync("StaffMember", "knowsStaff", async c => await Load.StaffMembers(c, (await Connections(c)).KnowsStaffIds))
        .ResolveAsync("StaffMember", "matches", async c =>
        {
            var matches = await Load.Matches(c, (await Connections(c)).MatchIds);
            return c.Argument<bool>("includeEnded") ? matches : matches.Where(m => !m.IsEnded).ToList();
        })
        .Mutation("addStaffMember", c =>
        {
            var input = c.Input();
            var organisationId = input.Get<string>("organisationId");
            c.Access().RequireManageOrganisation(organisationId, "adding a colleague");
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
        .Mutation("addCandidate", c =>
        {
            var input = c.Input();
            var organisationId = input.Get<string>("organisationId");
            c.Access().RequireManageOrganisation(organisationId, "adding a candidate");
            return c.Grains().GetGrain<IOrganisationGrain>(organisationId).AddCandidateAsync(
                new NewCandidate(organisationId, input.Get<string>("name"), new ContactDetails(input.Text("email"), input.Text("phone"), input.Text("note")))
                {
                    RecruitedForPersonId = input.Text("recruitedForPersonId"),
                },
                c.Change());
        })
        .Mutation("startEmployment", async c =>
        {
            var input = c.Input();
            await c.Access().RequireManageStaffAsync(input.Get<string>("staffId"), "starting employment");
            return await c.Grains().GetGrain<IStaffMemberGrain>(input.Get<string>("staffId")).StartEmploymentAsync(
                new Employment(input.Get<DateOnly>("startedOn"), input.Get<string>("role"), input.Get<bool>("isLeader"), input.Get<ContractType>("contract"), input.Get<double>("contractedHoursPerWeek")),
                c.Change());
        })
        .Mutation("staffLeaves", async c =>
        {
            var input = c.Input();
            await c.Access().RequireManageStaffAsync(input.Get<string>("staffId"), "recording that a colleague leaves");
            return await c.Grains().GetGrain<IStaffMemberGrain>(input.Get<string>("staffId")).LeaveAsync(input.Get<DateOnly>("leftOn"), input.Text("reason"), c.Change());
        })
        .Mutation("recordKnows", c =>
        {
            var input = c.Input();
            return c.Service<StaffService>().RecordKnowsAsync(
                new RecordKnowsInput(input.Get<string>("staffId"), input.Text("personId"), input.Text("colleagueId"), input.Get<DateOnly>("lastTogetherOn")), c.Change());
        })
        .Mutation("setAvailability", c =>
        {
            var input = c.Input();
            return c.Service<StaffService>().SetAvailabilityAsync(
                new SetAvailabilityInput(input.Get<string>("staffId"), input.Get<AvailabilityStatus>("status"), input.Optional<DateOnly>("from"), input.Optional<DateOnly>("until"), input.Text("note")),
                c.Change());
        });

    private static async Task<StaffConnections> Connections(ResolveContext context) =>
        await Load.Connections(context, context.SourceAs<StaffView>().Id) ?? StaffConnections.None;
}
