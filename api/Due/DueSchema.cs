using SupportGrains.Api.Access;
using SupportGrains.Api.GraphQL;
using SupportGrains.Grains.Common;
using SupportGrains.Grains.Due;
using SupportGrains.Grains.Organisations;
using SupportGrains.Grains.Staff;
using SupportGrains.GraphQL.Execution;
using SupportGrains.GraphQL.Types;

namespace SupportGrains.Api.Due;

/// <summary>What is due in the API: worked out by the organisation's grain, recorded by its due grain, and streamed as it is recorded.</summary>
internal static class DueSchema
{
    public static SchemaBuilder AddDue(this SchemaBuilder schema) => schema
        .BindType<DueItem>("DueItem")
        .BindType<RecordedDue>("RecordedDue")
        .BindEnum<DueKind>("DueKind")
        .ResolveAsync("Query", "due", c => DueAsync(c, c.Required<string>("organisationId"), null))
        .ResolveAsync("Organisation", "due", c => DueAsync(c, c.SourceAs<OrganisationView>().Id, null))
        .ResolveAsync<IReadOnlyList<RecordedDue>>("Organisation", "recordedDue", async c =>
        {
            c.Require(actor => AccessPolicy.ReadLeadership(actor, c.SourceAs<OrganisationView>().Id, "what was recorded as due"));
            var recorded = await c.Grains().GetGrain<IDueGrain>(c.SourceAs<OrganisationView>().Id).RecordedAsync();
            return c.Argument<bool>("includeDone") ? [.. recorded] : recorded.Where(r => !r.IsDone).ToList();
        })
        .ResolveAsync("StaffMember", "due", async c =>
        {
            var staff = c.SourceAs<StaffView>();
            return await c.Access().CanReadPersonalMattersAsync(staff) ? await DueAsync(c, staff.OrganisationId, staff.Id) : throw new DomainException(ErrorCode.Forbidden, $"What is due to staff member {staff.Id} is for them, their team leaders and directors.");
        })
        .Resolve("DueItem", "id", c => c.SourceAs<DueItem>().Key)
        .Resolve("DueItem", "overdue", c => c.SourceAs<DueItem>().IsOverdueOn(Days.Today(c)))
        .ResolveAsync("DueItem", "person", c => c.SourceAs<DueItem>().PersonId is { } id ? Load.Person(c, id) : Task.FromResult<Grains.People.PersonView?>(null))
        .ResolveAsync("DueItem", "staff", c => c.SourceAs<DueItem>().StaffId is { } id ? Load.Staff(c, id) : Task.FromResult<StaffView?>(null))
        .ResolveAsync("DueItem", "match", c => c.SourceAs<DueItem>().MatchId is { } id ? Load.Match(c, id) : Task.FromResult<Grains.Matches.Match?>(null))
        .Resolve("RecordedDue", "done", c => c.SourceAs<RecordedDue>().IsDone)
        .ResolveAsync("RecordedDue", "doneBy", c => c.SourceAs<RecordedDue>().DoneBy is { } id ? Load.Staff(c, id) : Task.FromResult<StaffView?>(null))
        .Mutation("markDueDone", async c =>
        {
            var input = c.Input();
            await c.Access().RequireMarkDueDoneAsync(input.Get<string>("organisationId"), input.Get<string>("dueId"), input.Get<string>("staffId"));
            return await c.Grains().GetGrain<IDueGrain>(input.Get<string>("organisationId")).MarkDoneAsync(input.Get<string>("dueId"), input.Get<string>("staffId"), c.Change());
        })
        .Subscribe("Subscription", "dueRecorded", DueRecordedAsync);

    private static async Task<IReadOnlyList<DueItem>> DueAsync(ResolveContext context, string organisationId, string? staffId)
    {
        if (staffId is null)
        {
            context.Require(actor => AccessPolicy.ReadLeadership(actor, organisationId, "what is due"));
        }

        return await context.Grains().GetGrain<IDueGrain>(organisationId).DueAsync(context.Argument<int>("within"), Days.Today(context), staffId);
    }

    private static async ValueTask<IAsyncEnumerable<object?>> DueRecordedAsync(ResolveContext context)
    {
        var organisationId = context.Required<string>("organisationId");
        context.Require(actor => AccessPolicy.ReadLeadership(actor, organisationId, "what is recorded as due"));
        var grains = context.Grains();
        if (await grains.GetGrain<IOrganisationGrain>(organisationId).GetAsync() is null)
        {
            throw DomainException.NotFound($"Organisation {organisationId}");
        }

        return DueFeed.ReadAsync(grains, organisationId, context.Arguments.GetValueOrDefault("since") as DateOnly?, context.CancellationToken);
    }
}
