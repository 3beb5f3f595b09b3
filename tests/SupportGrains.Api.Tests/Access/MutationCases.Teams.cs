namespace SupportGrains.Api.Tests.Access;

/// <summary>The mutations of the team around a person: its matches and its rota.</summary>
public static partial class MutationCases
{
    private const string MatchRead = "query ($m: ID!) { match(id: $m) { stage hoursPerWeek allocations { hoursPerWeek } reviews { on } shadowShiftEntries { number cancelled } } }";

    private static IEnumerable<MutationCase> Matches()
    {
        yield return new("startMatch", "mutation ($input: StartMatchInput!) { startMatch(input: $input) { id } }", async s =>
        {
            var (person, _) = await s.World.TeamAsync();
            var colleague = await s.World.StaffAsync(s.World.Organisation, $"Colleague {s.World.Next()}");
            return new Arranged(
                new { input = new { personId = person, staffId = colleague, stage = "INTERESTED" } },
                Read(s.World, "query ($p: ID!) { person(id: $p) { matches { id stage } } }", new { p = person }),
                person);
        });

        yield return new("advanceMatch", "mutation ($input: AdvanceMatchInput!) { advanceMatch(input: $input) { id } }", async s =>
        {
            var (person, match) = await NewcomerAsync(s.World, "INTERESTED");
            return new Arranged(new { input = new { matchId = match, to = "APPLIED" } }, Read(s.World, MatchRead, new { m = match }), person);
        });

        yield return new("recordShadowShift", "mutation ($m: ID!, $with: ID) { recordShadowShift(matchId: $m, withStaffId: $with) { id } }", async s =>
        {
            var (person, match) = await NewcomerAsync(s.World, "INDUCTION");
            return new Arranged(new { m = match, with = s.World.Wren }, Read(s.World, MatchRead, new { m = match }), person);
        });

        yield return new("correctShadowShift", "mutation ($input: CorrectShadowShiftInput!) { correctShadowShift(input: $input) { id } }", async s =>
        {
            var (person, match) = await NewcomerAsync(s.World, "INDUCTION");
            await s.World.Builder.DataAsync("mutation ($m: ID!, $with: ID) { recordShadowShift(matchId: $m, withStaffId: $with) { id } }", new { m = match, with = s.World.Wren });
            return new Arranged(new { input = new { matchId = match, number = 1, cancelled = true } }, Read(s.World, MatchRead, new { m = match }), person);
        });

        yield return new("reviewMatch", "mutation ($input: ReviewMatchInput!) { reviewMatch(input: $input) { id } }", async s =>
        {
            var (person, match) = await s.World.TeamAsync();
            return new Arranged(
                new { input = new { matchId = match, on = "2026-11-20", perspective = "PERSON", working = new[] { "Walks by the canal" } } },
                Read(s.World, MatchRead, new { m = match }),
                person);
        });

        yield return new("endMatch", "mutation ($input: EndMatchInput!) { endMatch(input: $input) { id } }", async s =>
        {
            var (person, match) = await s.World.TeamAsync();
            return new Arranged(new { input = new { matchId = match, reason = "Moving to another team" } }, Read(s.World, MatchRead, new { m = match }), person);
        });

        yield return new("allocateHours", "mutation ($input: AllocateHoursInput!) { allocateHours(input: $input) { id } }", async s =>
        {
            var (person, match) = await s.World.TeamAsync();
            return new Arranged(new { input = new { matchId = match, hoursPerWeek = 12.0 } }, Read(s.World, MatchRead, new { m = match }), person);
        });
    }

    private static IEnumerable<MutationCase> Rota()
    {
        yield return new("addShift", "mutation ($input: AddShiftInput!) { addShift(input: $input) { id } }", async s =>
        {
            var (person, _) = await s.World.TeamAsync();
            var day = s.World.ShiftDay();
            return new Arranged(
                new { input = new { personId = person, day, start = "08:00", end = "16:00", colleagueId = s.World.Wren } },
                RotaRead(s.World, person, day),
                person);
        });

        yield return new("assignShift", "mutation ($input: AssignShiftInput!) { assignShift(input: $input) { id } }", async s =>
        {
            var (person, _) = await s.World.TeamAsync();
            var day = s.World.ShiftDay();
            var shift = await s.World.ShiftAsync(person, day, null);
            return new Arranged(new { input = new { shiftId = shift, colleagueId = s.World.Wren } }, RotaRead(s.World, person, day), person);
        });

        yield return new("cancelShift", "mutation ($input: CancelShiftInput!) { cancelShift(input: $input) { id } }", async s =>
        {
            var (person, _) = await s.World.TeamAsync();
            var day = s.World.ShiftDay();
            var shift = await s.World.ShiftAsync(person, day, s.World.Wren);
            return new Arranged(new { input = new { shiftId = shift, reason = "Sam is away" } }, RotaRead(s.World, person, day), person);
        });

        yield return new("setRotaPattern", "mutation ($input: SetRotaPatternInput!) { setRotaPattern(input: $input) { number } }", async s =>
        {
            var (person, _) = await s.World.TeamAsync();
            return new Arranged(
                new { input = new { personId = person, weeks = 1, shifts = new[] { new { weekday = "MONDAY", start = "08:00", end = "16:00", colleagueId = s.World.Wren } } } },
                RotaRead(s.World, person, "2026-11-30"),
                person);
        });

        yield return new("applyRotaPattern", "mutation ($input: ApplyRotaPatternInput!) { applyRotaPattern(input: $input) { shiftsAdded } }", async s =>
        {
            var (person, _) = await s.World.TeamAsync();
            await s.World.Builder.DataAsync(
                "mutation ($p: ID!, $w: ID) { setRotaPattern(input: { personId: $p, weeks: 1, shifts: [{ weekday: TUESDAY, start: \"08:00\", end: \"16:00\", colleagueId: $w }] }) { number } }",
                new { p = person, w = s.World.Wren });
            return new Arranged(new { input = new { personId = person, from = "2026-11-30", weeks = 1 } }, RotaRead(s.World, person, "2026-11-30"), person);
        });

        yield return new("proposeShiftSwap", "mutation ($input: ProposeShiftSwapInput!) { proposeShiftSwap(input: $input) { id } }", async s =>
        {
            var (person, _) = await s.World.TeamAsync();
            var day = s.World.ShiftDay();
            var shift = await s.World.ShiftAsync(person, day, s.World.Wren);
            return new Arranged(new { input = new { shiftId = shift, proposedBy = s.World.Wren } }, RotaRead(s.World, person, day), s.World.Wren);
        });

        yield return new("acceptShiftSwap", "mutation ($input: AcceptShiftSwapInput!) { acceptShiftSwap(input: $input) { id } }", async s =>
        {
            // Another colleague of the team offers their shift to anyone; Wren takes it.
            var (person, _) = await s.World.TeamAsync();
            var colleague = await s.World.StaffAsync(s.World.Organisation, $"Colleague {s.World.Next()}");
            await s.World.MatchAsync(person, colleague, "MATCHED");
            var day = s.World.ShiftDay();
            var shift = await s.World.ShiftAsync(person, day, colleague);
            var swap = await SwapAsync(s.World, shift, colleague);
            return new Arranged(new { input = new { swapId = swap, acceptedBy = s.World.Wren } }, RotaRead(s.World, person, day), s.World.Wren);
        });

        yield return new("withdrawShiftSwap", "mutation ($input: WithdrawShiftSwapInput!) { withdrawShiftSwap(input: $input) { id } }", async s =>
        {
            var (person, _) = await s.World.TeamAsync();
            var day = s.World.ShiftDay();
            var shift = await s.World.ShiftAsync(person, day, s.World.Wren);
            var swap = await SwapAsync(s.World, shift, s.World.Wren);
            return new Arranged(new { input = new { swapId = swap, by = s.World.Wren } }, RotaRead(s.World, person, day), s.World.Wren);
        });
    }

    /// <summary>A person whose team Lee leads, with Wren matched and a new colleague at a stage of their own.</summary>
    private static async Task<(string Person, string Match)> NewcomerAsync(AccessWorld world, string stage)
    {
        var (person, _) = await world.TeamAsync();
        var colleague = await world.StaffAsync(world.Organisation, $"Colleague {world.Next()}");
        return (person, await world.MatchAsync(person, colleague, stage));
    }

    private static async Task<string> SwapAsync(AccessWorld world, string shift, string proposedBy) =>
        (await world.Builder.DataAsync("mutation ($s: ID!, $by: ID!) { proposeShiftSwap(input: { shiftId: $s, proposedBy: $by }) { id } }", new { s = shift, by = proposedBy }))
            ["proposeShiftSwap"]!["id"]!.GetValue<string>();

    private static Func<Task<string>> RotaRead(AccessWorld world, string person, string day) =>
        Read(world, "query ($p: ID!, $d: Date) { person(id: $p) { team { rota(week: $d) { shifts { id colleague { id } cancelled { reason } } pattern { number } swaps { id status } } } } }",
            new { p = person, d = day });
}
