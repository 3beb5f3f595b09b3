using SupportGrains.Api.GraphQL;
using SupportGrains.Api.People;
using SupportGrains.Grains.Matches;
using SupportGrains.Grains.Staff;
using SupportGrains.Grains.Teams;
using SupportGrains.GraphQL.Types;

namespace SupportGrains.Api.Staff;

/// <summary>Staff in the API: availability, who they know, their teams and matches.</summary>
internal static class StaffSchema
{
    public static SchemaBuilder AddStaff(this SchemaBuilder schema) => schema
        .BindType<StaffView>("StaffMember")
        .BindType<Availability>("Availability")
        .BindType<AvailabilityChange>("AvailabilityChange")
        .BindEnum<ContractType>("ContractType")
        .BindEnum<AvailabilityStatus>("AvailabilityStatus")
        .ResolveAsync("Query", "staffMember", c => Load.Staff(c, c.Argument<string>("id")!))
        .ResolveAsync("StaffMember", "organisation", c => Load.Organisation(c, c.SourceAs<StaffView>().OrganisationId))
        .Resolve("StaffMember", "availability", c => c.SourceAs<StaffView>().AvailabilityOn(Clock.Today(c)))
        .ResolveAsync("StaffMember", "recruitedFor", c => c.SourceAs<StaffView>().RecruitedForPersonId is { } id ? Load.Person(c, id) : Task.FromResult<Grains.People.PersonView?>(null))
        .ResolveAsync("StaffMember", "teams", async c => await Teams(c, c.SourceAs<StaffView>()))
        .ResolveAsync("StaffMember", "knows", async c =>
        {
            var staff = c.SourceAs<StaffView>();
            var today = Clock.Today(c);
            var people = await Load.People(c, PersonSchema.KnownPeople(staff, await Teams(c, staff)));
            return people.Where(p => p.IsCurrentOn(today)).ToList();
        })
        .ResolveAsync("StaffMember", "knowsStaff", async c =>
        {
            var today = Clock.Today(c);
            return (await Load.StaffMembers(c, c.SourceAs<StaffView>().KnowsStaff.Select(k => k.OtherId))).Where(s => s.IsCurrentOn(today)).ToList();
        })
        .ResolveAsync("StaffMember", "matches", async c =>
        {
            var matches = await Load.Matches(c, c.SourceAs<StaffView>().MatchIds);
            return c.Argument<bool>("includeEnded") ? matches : matches.Where(m => !m.IsEnded).ToList();
        })
        .ResolveAsync("Mutation", "addStaffMember", c =>
        {
            var input = c.Input();
            return StaffCommands.AddAsync(c.Grains(), new NewStaffMember(
                input.Get<string>("organisationId"),
                input.Get<string>("name"),
                input.Get<string>("role"),
                input.Get<bool>("isLeader"),
                input.Get<ContractType>("contract"),
                input.Get<DateOnly>("startedOn"),
                input.Get<double>("contractedHoursPerWeek"),
                input.Text("recruitedForPersonId"),
                input.Texts("interests")));
        })
        .ResolveAsync("Mutation", "staffLeaves", async c =>
        {
            var input = c.Input();
            var id = input.Get<string>("staffId");
            await StaffCommands.RequireAsync(c.Grains(), id);
            return await c.Grains().GetGrain<IStaffMemberGrain>(id).LeaveAsync(input.Get<DateOnly>("leftOn"), input.Text("reason"));
        })
        .ResolveAsync("Mutation", "recordKnows", c =>
        {
            var input = c.Input();
            return KnowsCommands.RecordAsync(c.Grains(), input.Get<string>("staffId"), input.Text("personId"), input.Text("colleagueId"), input.Get<DateOnly>("lastTogetherOn"));
        })
        .ResolveAsync("Mutation", "setAvailability", c =>
        {
            var input = c.Input();
            return StaffCommands.SetAvailabilityAsync(c.Grains(), input.Get<string>("staffId"), input.Get<AvailabilityStatus>("status"),
                input.Optional<DateOnly>("from"), input.Optional<DateOnly>("until"), input.Text("note"), Clock.Today(c), Clock.Now(c));
        });

    private static async Task<TeamView[]> Teams(SupportGrains.GraphQL.Execution.ResolveContext context, StaffView staff)
    {
        var matches = await Load.Matches(context, staff.MatchIds);
        var teams = await Task.WhenAll(matches.Where(m => m.IsTeamMembership).Select(m => m.PersonId).Distinct().Select(id => Load.Team(context, id)));
        return [.. teams.OfType<TeamView>()];
    }
}
