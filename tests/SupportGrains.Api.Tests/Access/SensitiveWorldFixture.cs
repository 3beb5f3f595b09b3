namespace SupportGrains.Api.Tests.Access;

/// <summary>
/// The world with sensitive records in it: Sam's circle (Mum) and a change to Sam's profile; Wren
/// off sick since Monday ("Back pain"), off sick in October ("Migraine") and on leave in between
/// ("Holiday in Wales"). Wren is in Pat's team too (nobody else is) and rostered on Thursday in
/// Sam's team and Pat's; in Sam's team Wyn is on two overlapping shifts on Wednesday and offers
/// Friday's shift for a swap. Nothing here is changed by the tests that read it.
/// </summary>
public sealed class SensitiveWorldFixture : AccessWorldFixture
{
    /// <summary>A person whose team only Wren is in.</summary>
    public string Pat { get; private set; } = "";

    public const string SicknessNote = "Back pain";

    public const string EarlierSicknessNote = "Migraine";

    public const string LeaveNote = "Holiday in Wales";

    protected override async Task AddAsync(AccessWorld world)
    {
        ArgumentNullException.ThrowIfNull(world);
        await world.Builder.DataAsync("mutation ($p: ID!) { addRelationship(input: { personId: $p, name: \"Mum\", kind: FAMILY, closeness: 1 }) { id } }", new { p = world.Sam });
        await world.Builder.DataAsync("mutation ($p: ID!) { setProfileSection(input: { personId: $p, section: IMPORTANT_TO_ME, items: [\"Sunday calls with Mum\"] }) { id } }", new { p = world.Sam });
        foreach (var (status, from, until, note) in new[]
        {
            ("OFF_SICK", "2026-10-01", "2026-10-03", EarlierSicknessNote),
            ("ON_LEAVE", "2026-10-20", "2026-10-21", LeaveNote),
            ("OFF_SICK", "2026-11-23", null, SicknessNote),
        })
        {
            await world.Builder.DataAsync("mutation ($input: SetAvailabilityInput!) { setAvailability(input: $input) { id } }",
                new { input = new { staffId = world.Wren, status, from, until, note } });
        }

        Pat = await world.PersonAsync(world.Organisation, "Pat");
        await world.MatchAsync(Pat, world.Wren, "MATCHED");
        await world.ShiftAsync(world.Sam, "2026-11-26", world.Wren);
        await world.ShiftAsync(Pat, "2026-11-26", world.Wren);
        await world.ShiftAsync(world.Sam, "2026-11-25", world.Wyn);
        await world.Builder.DataAsync("mutation ($input: AddShiftInput!) { addShift(input: $input) { id } }",
            new { input = new { personId = world.Sam, day = "2026-11-25", start = "12:00", end = "20:00", colleagueId = world.Wyn } });
        var offered = await world.ShiftAsync(world.Sam, "2026-11-27", world.Wyn);
        await world.Builder.DataAsync("mutation ($s: ID!, $by: ID!) { proposeShiftSwap(input: { shiftId: $s, proposedBy: $by }) { id } }", new { s = offered, by = world.Wyn });
    }
}
