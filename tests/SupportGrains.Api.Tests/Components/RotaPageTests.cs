using System.Text.Json.Nodes;
using Microsoft.Playwright;
using SupportGrains.Api.Accounts;
using SupportGrains.Grains.Sample;

namespace SupportGrains.Api.Tests.Components;

/// <summary>
/// The rota in a real browser, as the demo team leader: Sam's week has a shift still open (a second
/// colleague for Saturday's football). The test gives it to a member of the team by tapping it, and
/// opens it again, so the other browser tests see the week as it was.
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed class RotaPageTests(WebAppFixture web)
{
    [Fact]
    public async Task A_team_leader_assigns_an_open_shift_by_tapping_it_and_opens_it_again()
    {
        var leader = await web.ApiAsync(DemoAccounts.Leader);
        var week = await WeekAsync(leader);
        var open = week["openShifts"]!.AsArray().First()!;
        var shiftId = open["id"]!.GetValue<string>();
        var member = (await leader.DataAsync("query ($id: ID!) { person(id: $id) { team { members { staff { id name } match { stage } } } } }", new { id = SampleOrganisation.SamId }))
            ["person"]!["team"]!["members"]!.AsArray().First(m => m!["match"]!["stage"]!.GetValue<string>() == "MATCHED")!["staff"]!;
        var page = await web.SignInAsync(DemoAccounts.Leader, $"/rota?person={SampleOrganisation.SamId}", Viewport.Phone);
        var shift = page.Locator($"[data-testid=shift-{shiftId}]");
        await Expect(shift.Locator("[data-testid=shift-colleague]")).ToContainTextAsync("Open shift");
        var openCount = week["openShifts"]!.AsArray().Count;
        await Expect(page.Locator("[data-testid=open-count]")).ToContainTextAsync($"{openCount} open shift");

        await shift.Locator($"[data-testid=assign-{shiftId}] button").TapAsync();
        await page.Locator($"[data-testid=give-{member["id"]!.GetValue<string>()}]").TapAsync();

        await Expect(shift.Locator("[data-testid=shift-colleague]")).ToContainTextAsync(member["name"]!.GetValue<string>());
        var saved = await ShiftAsync(leader, shiftId);
        Assert.Equal(member["id"]!.GetValue<string>(), saved["colleague"]!["id"]!.GetValue<string>());
        Assert.False(saved["isOpen"]!.GetValue<bool>());
        Assert.Equal(openCount - 1, (await WeekAsync(leader))["openShifts"]!.AsArray().Count);
        await WebAppFixture.ScreenshotAsync(page, "rota-assigned", Viewport.Phone);
        Assert.Empty(await WebAppFixture.SeriousViolationsAsync(page));

        // Put back: the shift opened again, from the same menu.
        await shift.Locator($"[data-testid=assign-{shiftId}] button").TapAsync();
        await page.Locator("[data-testid=open-it]").TapAsync();
        await Expect(shift.Locator("[data-testid=shift-colleague]")).ToContainTextAsync("Open shift");
        Assert.True((await ShiftAsync(leader, shiftId))["isOpen"]!.GetValue<bool>());
    }

    [Fact]
    public async Task The_rota_opens_on_a_team_the_leader_leads_this_week_with_clashes_said_in_words()
    {
        var page = await web.SignInAsync(DemoAccounts.Leader, "/rota", Viewport.Desktop);

        await Expect(page.Locator("#week-heading")).ToHaveTextAsync("Week from Mon 23 Nov");
        await Expect(page.Locator("[data-testid=rota-person]")).ToContainTextAsync("(you lead this team)");

        await web.OpenAsync(page, $"/rota?person={SampleOrganisation.SamId}");
        var clashes = (await WeekAsync(await web.ApiAsync(DemoAccounts.Leader)))["clashes"]!.AsArray();
        Assert.NotEmpty(clashes);
        await Expect(page.Locator("[data-testid=clash-count]")).ToContainTextAsync($"{clashes.Count} clash");
        await Expect(page.Locator("[data-testid=shift-clash]").First).ToContainTextAsync("Clash: ");
    }

    private static async Task<JsonNode> WeekAsync(GraphQLClient client) =>
        (await client.DataAsync("query ($id: ID!) { person(id: $id) { team { rota(week: \"2026-11-24\") { openShifts { id } clashes { message } } } } }", new { id = SampleOrganisation.SamId }))
            ["person"]!["team"]!["rota"]!;

    private static async Task<JsonNode> ShiftAsync(GraphQLClient client, string shiftId) =>
        (await client.DataAsync("query ($id: ID!) { person(id: $id) { team { rota(week: \"2026-11-24\") { shifts { id isOpen colleague { id } } } } } }", new { id = SampleOrganisation.SamId }))
            ["person"]!["team"]!["rota"]!["shifts"]!.AsArray().Single(s => s!["id"]!.GetValue<string>() == shiftId)!;

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
