using System.Collections.Immutable;
using SupportGrains.Api.Application;
using SupportGrains.Api.GraphQL;
using SupportGrains.Grains.Common;
using SupportGrains.Grains.People;
using SupportGrains.Grains.Rota;
using SupportGrains.Grains.Staff;
using SupportGrains.Grains.Teams;
using SupportGrains.GraphQL.Execution;
using SupportGrains.GraphQL.Types;

namespace SupportGrains.Api.Rota;

/// <summary>
/// The rota in the API: a team's week (shifts, hours, continuity, open shifts, clashes, pattern,
/// swaps), a colleague's own shifts, and the rota's changes. Changes go to the rota grain of the
/// team; what a shift or week adds up to is answered by the organisation, which sees every team.
/// </summary>
internal static class RotaSchema
{
    public static SchemaBuilder AddRota(this SchemaBuilder schema) => schema
        .Scalar(TimeScalar.Type)
        .BindType<RotaWeek>("RotaWeek")
        .BindType<RotaShift>("Shift")
        .BindType<ShiftEvent>("ShiftEvent")
        .BindType<ShiftCancellation>("ShiftCancellation")
        .BindType<Clash>("Clash")
        .BindType<RotaPattern>("RotaPattern")
        .BindType<ShiftTemplate>("PatternShift")
        .BindType<PatternApplication>("RotaPatternApplication")
        .BindType<SkippedWeek>("SkippedWeek")
        .BindType<ShiftSwap>("ShiftSwap")
        .BindEnum<ShiftKind>("ShiftKind")
        .BindEnum<Weekday>("Weekday")
        .BindEnum<CoveredHoursSource>("CoveredHoursSource")
        .BindEnum<ClashKind>("ClashKind")
        .BindEnum<ShiftChange>("ShiftChange")
        .BindEnum<SwapStatus>("SwapStatus")
        .ResolveAsync("Team", "rota", async c =>
        {
            var personId = c.SourceAs<TeamView>().PersonId;
            var day = c.Arguments.GetValueOrDefault("week") is DateOnly week ? week : Days.Today(c);
            return await WeekAsync(c, personId, day) ?? throw DomainException.NotFound($"Person {personId}");
        })
        .ResolveAsync("StaffMember", "shifts", async c =>
        {
            var from = c.Arguments.GetValueOrDefault("from") is DateOnly f ? f : ShiftTimes.WeekOf(Days.Today(c));
            var to = c.Arguments.GetValueOrDefault("to") is DateOnly t ? t : ShiftTimes.WeekOf(Days.Today(c)).AddDays(13);
            var shifts = await c.Service<RotaService>().ShiftsOfAsync(c.SourceAs<StaffView>(), from, to);
            var readable = await Load.People(c, shifts.Select(s => s.PersonId).Distinct());
            return shifts.Where(s => readable.Any(p => p.Id == s.PersonId)).ToList();
        })
        .ResolveAsync("RotaWeek", "clashes", c => ReadableClashesAsync(c, c.SourceAs<RotaWeek>().Clashes))
        .ResolveAsync("Shift", "clashes", c => ReadableClashesAsync(c, c.SourceAs<RotaShift>().Clashes))
        .ResolveAsync("RotaWeek", "swaps", async c =>
        {
            var swaps = c.SourceAs<RotaWeek>().Swaps;
            var readable = await Load.StaffMembers(c, swaps.Select(s => s.ProposedBy).Distinct());
            return swaps.Where(s => readable.Any(r => r.Id == s.ProposedBy)).ToList();
        })
        .ResolveAsync("RotaWeek", "person", c => Load.Person(c, c.SourceAs<RotaWeek>().PersonId))
        .ResolveAsync("Shift", "person", c => Load.Person(c, c.SourceAs<RotaShift>().PersonId))
        .ResolveAsync("Shift", "colleague", c => Staff(c, c.SourceAs<RotaShift>().StaffId))
        .ResolveAsync("ShiftEvent", "colleague", c => Staff(c, c.SourceAs<ShiftEvent>().StaffId))
        .ResolveAsync("ShiftEvent", "by", c => Staff(c, c.SourceAs<ShiftEvent>().By))
        .ResolveAsync("ShiftCancellation", "by", c => Staff(c, c.SourceAs<ShiftCancellation>().By))
        .ResolveAsync("Clash", "colleague", c => Load.Staff(c, c.SourceAs<Clash>().StaffId))
        .ResolveAsync("Clash", "otherPerson", c => c.SourceAs<Clash>().OtherPersonId is { } id ? Load.Person(c, id) : Task.FromResult<PersonView?>(null))
        .ResolveAsync("RotaPattern", "person", c => Load.Person(c, c.SourceAs<RotaPattern>().PersonId))
        .ResolveAsync("RotaPattern", "setBy", c => Staff(c, c.SourceAs<RotaPattern>().SetBy))
        .ResolveAsync("PatternShift", "colleague", c => Staff(c, c.SourceAs<ShiftTemplate>().StaffId))
        .Resolve("RotaPatternApplication", "shiftsAdded", c => c.SourceAs<PatternApplication>().ShiftIds.Length)
        .ResolveAsync("RotaPatternApplication", "by", c => Staff(c, c.SourceAs<PatternApplication>().By))
        .ResolveAsync("RotaPatternApplication", "rota", async c =>
        {
            var application = c.SourceAs<PatternApplication>();
            var weeks = await Task.WhenAll(Enumerable.Range(0, application.Weeks).Select(w => WeekAsync(c, application.PersonId, application.From.AddDays(7 * w))));
            return weeks.OfType<RotaWeek>().ToList();
        })
        .ResolveAsync("ShiftSwap", "shift", c => ShiftAsync(c, c.SourceAs<ShiftSwap>().ShiftId))
        .ResolveAsync("ShiftSwap", "proposedBy", c => Load.Staff(c, c.SourceAs<ShiftSwap>().ProposedBy))
        .ResolveAsync("ShiftSwap", "wanted", c => Staff(c, c.SourceAs<ShiftSwap>().WantedStaffId))
        .ResolveAsync("ShiftSwap", "decidedBy", c => Staff(c, c.SourceAs<ShiftSwap>().DecidedBy))
        .Mutation("addShift", async c =>
        {
            var input = c.Input();
            var shift = new NewShift(input.Get<DateOnly>("day"), input.Get<TimeOnly>("start"), input.Get<TimeOnly>("end"), input.Get<ShiftKind>("kind"),
                input.Text("colleagueId"), input.Text("note"), input.Text("byStaffId"));
            await c.Access().RequireManageTeamAsync(input.Get<string>("personId"), "the rota");
            var added = await c.Grains().GetGrain<IRotaGrain>(input.Get<string>("personId")).AddShiftAsync(shift, c.Change());
            return await ShiftAsync(c, added.Id);
        })
        .Mutation("assignShift", async c =>
        {
            var input = c.Input();
            var id = input.Get<string>("shiftId");
            await c.Service<RotaService>().AssignShiftAsync(id, input.Text("colleagueId"), input.Text("byStaffId"), c.Change());
            return await ShiftAsync(c, id);
        })
        .Mutation("cancelShift", async c =>
        {
            var input = c.Input();
            var id = input.Get<string>("shiftId");
            await (await ManagedRotaOfAsync(c, id)).CancelShiftAsync(id, input.Text("reason"), input.Text("byStaffId"), c.Change());
            return await ShiftAsync(c, id);
        })
        .Mutation("setRotaPattern", async c =>
        {
            var input = c.Input();
            await c.Access().RequireManageTeamAsync(input.Get<string>("personId"), "the rota");
            var shifts = input.TryGetValue("shifts", out var value) && value is IEnumerable<object?> items
                ? items.OfType<IReadOnlyDictionary<string, object?>>().Select(Template).ToImmutableArray()
                : [];
            var startsOn = input.Optional<DateOnly>("startsOn") ?? Days.Today(c);
            return await c.Grains().GetGrain<IRotaGrain>(input.Get<string>("personId"))
                .SetPatternAsync(new NewRotaPattern(input.Get<int>("weeks"), startsOn, shifts, input.Text("byStaffId")), c.Change());
        })
        .Mutation("applyRotaPattern", async c =>
        {
            var input = c.Input();
            await c.Access().RequireManageTeamAsync(input.Get<string>("personId"), "the rota");
            return await c.Grains().GetGrain<IRotaGrain>(input.Get<string>("personId"))
                .ApplyPatternAsync(input.Get<DateOnly>("from"), input.Get<int>("weeks"), input.Text("byStaffId"), c.Change());
        })
        .Mutation("proposeShiftSwap", c =>
        {
            var input = c.Input();
            return c.Service<RotaService>().ProposeSwapAsync(
                new ProposeShiftSwapInput(input.Get<string>("shiftId"), input.Get<string>("proposedBy"), input.Text("wantedColleagueId"), input.Text("note")), c.Change());
        })
        .Mutation("acceptShiftSwap", c =>
        {
            var input = c.Input();
            return c.Service<RotaService>().AcceptSwapAsync(input.Get<string>("swapId"), input.Get<string>("acceptedBy"), c.Change());
        })
        .Mutation("withdrawShiftSwap", c =>
        {
            var input = c.Input();
            return c.Service<RotaService>().WithdrawSwapAsync(input.Get<string>("swapId"), input.Get<string>("by"), c.Change());
        });

    /// <summary>The clashes of the colleagues the user may read (someone who knows the person reads their rota, not every colleague in it).</summary>
    private static async Task<IReadOnlyList<Clash>> ReadableClashesAsync(ResolveContext context, ImmutableArray<Clash> clashes)
    {
        var readable = await Load.StaffMembers(context, clashes.Select(c => c.StaffId).Distinct());
        return [.. clashes.Where(c => readable.Any(s => s.Id == c.StaffId))];
    }

    private static ShiftTemplate Template(IReadOnlyDictionary<string, object?> input) =>
        new(input.Get<int>("week"), input.Get<Weekday>("weekday"), input.Get<TimeOnly>("start"), input.Get<TimeOnly>("end"), input.Get<ShiftKind>("kind"),
            input.Text("colleagueId"), input.Text("note"));

    /// <summary>The rota that holds a shift, when the signed-in user leads the team (or directs the organisation).</summary>
    private static async Task<IRotaGrain> ManagedRotaOfAsync(ResolveContext context, string shiftId)
    {
        var rota = RotaOf(context, shiftId);
        await context.Access().RequireManageTeamAsync(RotaIds.PersonOf(shiftId)!, "the rota");
        return rota;
    }

    /// <summary>The person whose team's rota holds a shift or swap, named by its id.</summary>
    private static string PersonOf(string id) =>
        RotaIds.PersonOf(id) ?? throw DomainException.NotFound(id.StartsWith("sw", StringComparison.Ordinal) ? $"Swap {id}" : $"Shift {id}");

    /// <summary>The rota that holds a shift or swap, named by its id.</summary>
    private static IRotaGrain RotaOf(ResolveContext context, string id) =>
        context.Grains().GetGrain<IRotaGrain>(PersonOf(id));

    /// <summary>
    /// A shift as the person's organisation reads it, asked afresh (not from a loader of the request)
    /// so a mutation's answer shows the change it made.
    /// </summary>
    private static async Task<RotaShift?> ShiftAsync(ResolveContext context, string shiftId) =>
        RotaIds.PersonOf(shiftId) is { } personId && await Load.Person(context, personId) is { } person
            ? await context.Grains().GetGrain<IOrganisationRotaGrain>(person.OrganisationId).ShiftAsync(shiftId)
            : null;

    private static async Task<RotaWeek?> WeekAsync(ResolveContext context, string personId, DateOnly day) =>
        await Load.Person(context, personId) is { } person
            ? await context.Grains().GetGrain<IOrganisationRotaGrain>(person.OrganisationId).RotaWeekAsync(personId, day)
            : null;

    private static Task<StaffView?> Staff(ResolveContext context, string? staffId) =>
        staffId is null ? Task.FromResult<StaffView?>(null) : Load.Staff(context, staffId);
}
