using SupportGrains.Api.GraphQL;
using SupportGrains.Grains.Common;
using SupportGrains.Grains.Matches;
using SupportGrains.Grains.Teams;
using SupportGrains.GraphQL.Execution;
using SupportGrains.GraphQL.Types;

namespace SupportGrains.Api.Matches;

/// <summary>Matches in the API: moving candidates through the stages, reviews, hours, endings. Each is kept by the team around its person.</summary>
internal static class MatchSchema
{
    public static SchemaBuilder AddMatches(this SchemaBuilder schema) => schema
        .BindType<Match>("Match")
        .BindType<MatchEvent>("MatchEvent")
        .BindType<MatchReview>("MatchReview")
        .BindType<HoursAllocation>("HoursAllocation")
        .BindType<ShadowShift>("ShadowShift")
        .BindEnum<MatchStage>("MatchStage")
        .BindEnum<Perspective>("Perspective")
        .ResolveAsync("Query", "match", async c =>
        {
            var id = c.Required<string>("id");
            return await Load.RawMatch(c, id) is null ? null : await Load.Match(c, id) ?? throw new DomainException(ErrorCode.Forbidden, $"Match {id} is not yours to read.");
        })
        .ResolveAsync("ShadowShift", "with", c => c.SourceAs<ShadowShift>().WithStaffId is { } id ? Load.Staff(c, id) : Task.FromResult<Grains.Staff.StaffView?>(null))
        .ResolveAsync("Match", "person", c => Load.Person(c, c.SourceAs<Match>().PersonId))
        .ResolveAsync("Match", "staff", c => Load.Staff(c, c.SourceAs<Match>().StaffId))
        .Resolve("Match", "latestReview", c => c.SourceAs<Match>().Reviews.LastOrDefault())
        .Mutation("startMatch", async c =>
        {
            var input = c.Input();
            await c.Access().RequireManageTeamAsync(input.Get<string>("personId"), "starting a match");
            return await c.Grains().GetGrain<ITeamGrain>(input.Get<string>("personId"))
                .StartMatchAsync(new NewMatch(input.Get<string>("staffId"), input.Get<MatchStage>("stage")), c.Change());
        })
        .Mutation("advanceMatch", async c =>
        {
            var input = c.Input();
            var id = input.Get<string>("matchId");
            return await (await TeamOfAsync(c, id)).AdvanceMatchAsync(id, input.Get<MatchStage>("to"), input.Text("note"), c.Change());
        })
        .Mutation("recordShadowShift", async c =>
        {
            var id = c.Required<string>("matchId");
            return await (await TeamOfAsync(c, id)).RecordShadowShiftAsync(id, c.OptionalArgument<DateOnly>("on"), c.Argument<string>("withStaffId"), c.Argument<string>("note"), c.Change());
        })
        .Mutation("correctShadowShift", async c =>
        {
            var input = c.Input();
            var id = input.Get<string>("matchId");
            return await (await TeamOfAsync(c, id)).CorrectShadowShiftAsync(id, input.Get<int>("number"), input.Optional<DateOnly>("on"), input.Text("withStaffId"), input.Get<bool>("cancelled"), input.Text("note"), c.Change());
        })
        .Mutation("reviewMatch", async c =>
        {
            var input = c.Input();
            var id = input.Get<string>("matchId");
            var review = new MatchReview(input.Get<DateOnly>("on"), input.Get<Perspective>("perspective"), input.Texts("working"), input.Texts("notWorking"), input.Texts("actions"));
            return await (await TeamOfAsync(c, id)).ReviewMatchAsync(id, review, c.Change());
        })
        .Mutation("endMatch", async c =>
        {
            var input = c.Input();
            var id = input.Get<string>("matchId");
            return await (await TeamOfAsync(c, id)).EndMatchAsync(id, input.Get<string>("reason"), c.Change());
        })
        .Mutation("allocateHours", async c =>
        {
            var input = c.Input();
            var id = input.Get<string>("matchId");
            return await (await TeamOfAsync(c, id)).AllocateHoursAsync(id, input.Get<double>("hoursPerWeek"), input.Optional<DateOnly>("from"), c.Change());
        });

    /// <summary>The team that keeps a match, named by the match's id, when the signed-in user may manage it.</summary>
    private static async Task<ITeamGrain> TeamOfAsync(ResolveContext context, string matchId)
    {
        var personId = Ids.PersonOfMatch(matchId) ?? throw DomainException.NotFound($"Match {matchId}");
        await context.Access().RequireManageTeamAsync(personId, $"changing match {matchId}");
        return context.Grains().GetGrain<ITeamGrain>(personId);
    }
}
