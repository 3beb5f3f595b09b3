using System.Globalization;
using Microsoft.Playwright;
using SupportGrains.Api.Accounts;
using SupportGrains.Grains.Sample;

namespace SupportGrains.Api.Tests.Components;

/// <summary>The Plan page in a real browser, as the demo director: the growth planner's answer, the same as the GraphQL API's.</summary>
[Collection(WebAppCollection.Name)]
public sealed class PlanPageTests(WebAppFixture web)
{
    [Fact]
    public async Task A_director_runs_a_growth_plan_and_sees_the_findings_it_causes_and_the_colleagues_to_recruit_as_the_api_answers()
    {
        const int adding = 12;
        const string by = "2027-06-30";
        var director = await web.ApiAsync(DemoAccounts.Director);
        var plan = (await director.DataAsync(
            "query ($id: ID!, $adding: Int!, $by: Date!) { growthPlan(organisationId: $id, adding: $adding, by: $by) { status peopleToday peopleBy colleaguesToRecruit recruitmentMessage causedByGrowth { code status message } alreadyPresent { code } limits { code applies moreBeforeRed } } }",
            new { id = SampleOrganisation.DefaultId, adding, by }))["growthPlan"]!;
        var caused = plan["causedByGrowth"]!.AsArray();
        Assert.NotEmpty(caused);
        var page = await web.SignInAsync(DemoAccounts.Director, "/plan", Viewport.Phone);

        await page.Locator("#plan-adding").FillAsync(adding.ToString(CultureInfo.InvariantCulture));
        var day = page.Locator("#plan-by");
        await day.FillAsync(by);
        await day.PressAsync("Tab");
        await page.Locator("[data-testid=plan-run]").TapAsync();

        await Expect(page.Locator("[data-testid=plan-status]")).ToHaveTextAsync(Capital(plan["status"]!.GetValue<string>()));
        await Expect(page.Locator("[data-testid=plan-recruit]")).ToHaveTextAsync(plan["colleaguesToRecruit"]!.ToJsonString());
        await Expect(page.Locator("[data-testid=plan-recruit-why]")).ToHaveTextAsync(plan["recruitmentMessage"]!.GetValue<string>());
        await Expect(page.Locator("[data-testid=plan-people]")).ToContainTextAsync(
            $"{plan["peopleToday"]} people supported today; {plan["peopleBy"]} on Wed 30 Jun before the growth, {plan["peopleBy"]!.GetValue<int>() + adding} with it.");
        await Expect(page.Locator("[data-testid=plan-caused] > li")).ToHaveCountAsync(caused.Count);
        foreach (var finding in caused)
        {
            var shown = page.Locator($"[data-testid=plan-caused] [data-testid=finding-{finding!["code"]}]");
            await Expect(shown.Locator(".mud-chip")).ToHaveTextAsync(Capital(finding["status"]!.GetValue<string>()));
            await Expect(shown.Locator("[data-testid=finding-why]")).ToHaveTextAsync(finding["message"]!.GetValue<string>());
        }

        await Expect(page.Locator("[data-testid=plan-present] > li")).ToHaveCountAsync(plan["alreadyPresent"]!.AsArray().Count);
        foreach (var limit in plan["limits"]!.AsArray().Where(l => l!["applies"]!.GetValue<bool>()))
        {
            var room = limit!["moreBeforeRed"] is { } more ? $"{more} more before red" : "never red";
            await Expect(page.Locator($"[data-testid=limit-{limit["code"]}] [data-testid=limit-room]")).ToContainTextAsync(room);
        }

        Assert.Empty(await WebAppFixture.SeriousViolationsAsync(page));
        await WebAppFixture.ScreenshotAsync(page, "plan-answer", Viewport.Phone);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_day_in_the_past_is_refused_beside_the_field_and_what_was_entered_stays()
    {
        var page = await web.SignInAsync(DemoAccounts.Director, "/plan", Viewport.Desktop);

        await page.Locator("#plan-adding").FillAsync("3");
        var day = page.Locator("#plan-by");
        await day.FillAsync("2026-11-01");
        await day.PressAsync("Tab");
        await page.Locator("[data-testid=plan-run]").ClickAsync();

        await Expect(page.GetByText("Sun 1 Nov is in the past: a plan looks ahead from today (Tue 24 Nov).")).ToBeVisibleAsync();
        await Expect(page.Locator("#plan-adding")).ToHaveValueAsync("3");
        await Expect(day).ToHaveValueAsync("2026-11-01");
        await Expect(page.Locator("[data-testid=plan]")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    private static string Capital(string status) => status[..1] + status[1..].ToLowerInvariant();

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
