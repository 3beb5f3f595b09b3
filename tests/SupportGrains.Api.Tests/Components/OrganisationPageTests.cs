using System.Text.Json.Nodes;
using Microsoft.Playwright;
using SupportGrains.Api.Accounts;
using SupportGrains.Grains.Sample;

namespace SupportGrains.Api.Tests.Components;

/// <summary>
/// The Organisation page in a real browser, as the demo director. The sample organisation (19
/// people) is within its size guidance's ceiling; a test that lowers the ceiling puts it back.
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed class OrganisationPageTests(WebAppFixture web)
{
    private const string Organisation = SampleOrganisation.DefaultId;
    private const string Guidance = "firstYearLimit yearlyGrowthLimit ceilingAmber ceilingRed maxTeamsPerStaff leaderContactDays";

    [Fact]
    public async Task A_director_sees_the_size_check_turn_red_with_the_findings_why_when_the_ceiling_is_lowered_below_the_people_supported()
    {
        var director = await web.ApiAsync(DemoAccounts.Director);
        var before = (await director.DataAsync($"query ($id: ID!) {{ organisation(id: $id) {{ guidance {{ {Guidance} }} sizeCheck {{ peopleSupported }} }} }}", new { id = Organisation }))["organisation"]!;
        var people = before["sizeCheck"]!["peopleSupported"]!.GetValue<int>();
        var page = await web.SignInAsync(DemoAccounts.Director, "/organisation", Viewport.Desktop);
        await Expect(page.Locator("[data-testid=size-check-status]")).Not.ToHaveTextAsync("Red");

        try
        {
            // Lowered while the page is open: it turns red without a reload.
            var lowered = before["guidance"]!.AsObject().DeepClone().AsObject();
            lowered["ceilingAmber"] = people - 4;
            lowered["ceilingRed"] = people - 2;
            await SetGuidanceAsync(director, lowered, "web-org-red-1");
            var ceiling = (await director.DataAsync("query ($id: ID!) { organisation(id: $id) { sizeCheck { status asOf findings { code status message limit actual } } } }", new { id = Organisation }))
                ["organisation"]!["sizeCheck"]!;
            var finding = ceiling["findings"]!.AsArray().Single(f => f!["code"]!.GetValue<string>() == "CEILING")!;
            Assert.Equal("RED", ceiling["status"]!.GetValue<string>());

            await Expect(page.Locator("[data-testid=size-check-status]")).ToHaveTextAsync("Red");
            await Expect(page.Locator("[data-testid=size-check]")).ToContainTextAsync("Red: the guidance warns strongly");
            await Expect(page.Locator("[data-testid=size-check-judged]")).ToContainTextAsync($"Judged on Tue 24 Nov 2026: {people} people supported");
            var shown = page.Locator("[data-testid=size-check] [data-testid=finding-CEILING]");
            await Expect(shown.Locator(".mud-chip")).ToHaveTextAsync("Red");
            await Expect(shown.Locator("[data-testid=finding-why]")).ToHaveTextAsync(finding["message"]!.GetValue<string>());
            await Expect(shown.Locator("[data-testid=finding-figures]")).ToContainTextAsync($"Guidance figure: {people - 2} · the organisation's figure: {people}");
            Assert.Contains($"above {people - 2} the guidance warns strongly", finding["message"]!.GetValue<string>());
            Assert.Empty(await WebAppFixture.SeriousViolationsAsync(page));
            await WebAppFixture.ScreenshotAsync(page, "organisation-red", Viewport.Desktop);
        }
        finally
        {
            await SetGuidanceAsync(director, before["guidance"]!.AsObject(), "web-org-red-2");
        }

        await Expect(page.Locator("[data-testid=size-check-status]")).Not.ToHaveTextAsync("Red");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_page_shows_the_knows_gaps_the_workforce_beside_the_reference_rows_and_what_is_due_as_the_api_answers()
    {
        var director = await web.ApiAsync(DemoAccounts.Director);
        var answer = (await director.DataAsync(
            "query ($id: ID!) { organisation(id: $id) { whoKnowsEveryone { name } knowsGaps { staff { id } } workforce { postsFilled postsTotal benchmarks { name } } due(within: 7) { id } } }",
            new { id = Organisation }))["organisation"]!;
        var page = await web.SignInAsync(DemoAccounts.Director, "/organisation", Viewport.Desktop);

        var leaders = answer["knowsGaps"]!.AsArray().Select(g => g!["staff"]!["id"]!.GetValue<string>()).Distinct().ToList();
        await Expect(page.Locator("[data-testid=knows-gaps] > li")).ToHaveCountAsync(leaders.Count);
        foreach (var leader in leaders)
        {
            await Expect(page.Locator($"[data-testid=knows-gap-{leader}]")).ToBeVisibleAsync();
        }

        foreach (var name in answer["whoKnowsEveryone"]!.AsArray().Select(s => s!["name"]!.GetValue<string>()))
        {
            await Expect(page.Locator("[data-testid=knows-everyone]")).ToContainTextAsync(name);
        }

        var workforce = answer["workforce"]!;
        var ours = page.Locator("[data-testid=workforce-ours] td");
        await Expect(ours.Nth(3)).ToHaveTextAsync(workforce["postsTotal"]!.ToJsonString());
        await Expect(ours.Nth(4)).ToHaveTextAsync(workforce["postsFilled"]!.ToJsonString());
        await Expect(page.Locator("[data-testid=workforce-table] tbody tr")).ToHaveCountAsync(1 + workforce["benchmarks"]!.AsArray().Count);
        await Expect(page.Locator("[data-testid=workforce] svg").First).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=due] li")).ToHaveCountAsync(answer["due"]!.AsArray().Count);
    }

    [Fact]
    public async Task Picking_a_day_judges_the_size_check_on_that_day()
    {
        var director = await web.ApiAsync(DemoAccounts.Director);
        var then = (await director.DataAsync("query ($id: ID!) { organisation(id: $id) { sizeCheck(asOf: \"2024-01-15\") { peopleSupported } } }", new { id = Organisation }))
            ["organisation"]!["sizeCheck"]!["peopleSupported"]!.GetValue<int>();
        var page = await web.SignInAsync(DemoAccounts.Director, "/organisation", Viewport.Phone);

        var day = page.GetByLabel("Judge the size check and figures on");
        await day.FillAsync("2024-01-15");
        await day.PressAsync("Tab");

        await Expect(page.Locator("[data-testid=size-check-judged]")).ToContainTextAsync($"Judged on Mon 15 Jan 2024: {then} {(then == 1 ? "person" : "people")} supported");
        await page.Context.CloseAsync();
    }

    private static Task<JsonNode> SetGuidanceAsync(GraphQLClient director, JsonObject guidance, string key) => director.DataAsync(
        "mutation ($id: ID!, $input: SizeGuidanceInput!, $key: String) { setSizeGuidance(organisationId: $id, input: $input, clientMutationId: $key) { id } }",
        new { id = Organisation, input = guidance, key });

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
