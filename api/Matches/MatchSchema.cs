using SupportGrains.Api.GraphQL;
using SupportGrains.Grains.Matches;
using SupportGrains.GraphQL.Execution;
using SupportGrains.GraphQL.Types;

namespace SupportGrains.Api.Matches;

/// <summary>Matches in the API: moving candidates through the stages, reviews, hours, endings.</summary>
internal static class MatchSchema
{
    public static SchemaBuilder AddMatches(this SchemaBuilder schema) => schema
        .BindType<MatchView>("Match")
        .BindType<MatchEvent>("MatchEvent")
        .BindType<MatchReview>("MatchReview")
        .BindEnum<MatchStage>("MatchStage")
        .BindEnum<Perspective>("Perspective")
        .ResolveAsync("Query", "match", c => Load.Match(c, c.Argument<string>("id")!))
        .ResolveAsync("Match", "person", c => Load.Person(c, c.SourceAs<MatchView>().PersonId))
        .ResolveAsync("Match", "staff", c => Load.Staff(c, c.SourceAs<MatchView>().StaffId))
        .Resolve("Match", "latestReview", c => c.SourceAs<MatchView>().Reviews.LastOrDefault())
        .ResolveAsync("Mutation", "startMatch", c =>
        {
            var input = c.Input();
            return MatchCommands.StartAsync(c.Grains(), input.Get<string>("personId"), input.Get<string>("staffId"), input.Get<MatchStage>("stage"), Clock.Today(c));
        })
        .ResolveAsync("Mutation", "advanceMatch", c =>
        {
            var input = c.Input();
            return WithMatch(c, input.Get<string>("matchId"), m => m.AdvanceAsync(input.Get<MatchStage>("to"), input.Text("note")));
        })
        .ResolveAsync("Mutation", "recordShadowShift", c => WithMatch(c, c.Argument<string>("matchId")!, m => m.RecordShadowShiftAsync()))
        .ResolveAsync("Mutation", "reviewMatch", c =>
        {
            var input = c.Input();
            var review = new MatchReview(input.Get<DateOnly>("on"), input.Get<Perspective>("perspective"), input.Texts("working"), input.Texts("notWorking"), input.Texts("actions"));
            return WithMatch(c, input.Get<string>("matchId"), m => m.ReviewAsync(review));
        })
        .ResolveAsync("Mutation", "endMatch", c =>
        {
            var input = c.Input();
            return WithMatch(c, input.Get<string>("matchId"), m => m.EndAsync(input.Get<string>("reason")));
        })
        .ResolveAsync("Mutation", "allocateHours", c =>
        {
            var input = c.Input();
            return WithMatch(c, input.Get<string>("matchId"), m => m.AllocateHoursAsync(input.Get<double>("hoursPerWeek")));
        });

    private static async Task<MatchView> WithMatch(ResolveContext context, string matchId, Func<IMatchGrain, Task<MatchView>> change)
    {
        await MatchCommands.RequireAsync(context.Grains(), matchId);
        return await change(context.Grains().GetGrain<IMatchGrain>(matchId));
    }
}
