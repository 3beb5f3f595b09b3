using SupportGrains.Api.Application;
using SupportGrains.Api.GraphQL;
using SupportGrains.Grains.Common;
using SupportGrains.Grains.Matches;
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
        .Mutation("startMatch", c =>
        {
            var input = c.Input();
            return Matches(c).StartAsync(input.Get<string>("personId"), new NewMatch(input.Get<string>("staffId"), input.Get<MatchStage>("stage")), c.Change());
        })
        .Mutation("advanceMatch", c =>
        {
            var input = c.Input();
            return Matches(c).AdvanceAsync(input.Get<string>("matchId"), input.Get<MatchStage>("to"), input.Text("note"), c.Change());
        })
        .Mutation("recordShadowShift", c =>
            Matches(c).RecordShadowShiftAsync(c.Required<string>("matchId"), c.OptionalArgument<DateOnly>("on"), c.Argument<string>("withStaffId"), c.Argument<string>("note"), c.Change()))
        .Mutation("correctShadowShift", c =>
        {
            var input = c.Input();
            return Matches(c).CorrectShadowShiftAsync(input.Get<string>("matchId"), input.Get<int>("number"), input.Optional<DateOnly>("on"), input.Text("withStaffId"), input.Get<bool>("cancelled"), input.Text("note"), c.Change());
        })
        .Mutation("reviewMatch", c =>
        {
            var input = c.Input();
            var review = new MatchReview(input.Get<DateOnly>("on"), input.Get<Perspective>("perspective"), input.Texts("working"), input.Texts("notWorking"), input.Texts("actions"));
            return Matches(c).ReviewAsync(input.Get<string>("matchId"), review, c.Change());
        })
        .Mutation("endMatch", c =>
        {
            var input = c.Input();
            return Matches(c).EndAsync(input.Get<string>("matchId"), input.Get<string>("reason"), c.Change());
        })
        .Mutation("allocateHours", c =>
        {
            var input = c.Input();
            return Matches(c).AllocateHoursAsync(input.Get<string>("matchId"), input.Get<double>("hoursPerWeek"), input.Optional<DateOnly>("from"), c.Change());
        });

    private static MatchesService Matches(ResolveContext context) => context.Service<MatchesService>();
}
