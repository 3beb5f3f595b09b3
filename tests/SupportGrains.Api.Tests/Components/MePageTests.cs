using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SupportGrains.Api.Accounts;
using SupportGrains.Grains.Sample;

namespace SupportGrains.Api.Tests.Components;

/// <summary>
/// The Me page in a real browser, as the demo support worker (matched in Sam's team; today is
/// Tuesday 2026-11-24 and they are rostered on Sam's shifts this week). Each test puts back what it
/// changed, so the other browser tests see the sample as it was.
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed partial class MePageTests(WebAppFixture web)
{
    private const string SamsTeam = $"[data-testid=team-{SampleOrganisation.SamId}]";

    [Fact]
    public async Task A_support_worker_on_a_phone_sets_themselves_off_sick_until_friday_in_two_taps_and_sees_sams_cover_fall()
    {
        // A day's leave on Friday, booked before the sickness: coming back early must not lose it.
        var staff = await web.ApiAsync(DemoAccounts.Staff);
        var id = (await staff.DataAsync("{ me { staffId } }"))["me"]!["staffId"]!.GetValue<string>();
        await staff.DataAsync(
            "mutation ($id: ID!) { setAvailability(input: { staffId: $id, status: ON_LEAVE, from: \"2026-11-27\", until: \"2026-11-27\", note: \"A family wedding\" }) { id } }", new { id });
        var page = await web.SignInAsync(DemoAccounts.Staff, "/me", Viewport.Phone);
        await Expect(page.Locator("[data-testid=shifts-2026-11-23]")).ToContainTextAsync("is on leave that day");
        var coveredBefore = await CoveredHoursAsync(page);
        Assert.Contains("You are available.", await page.Locator("[data-testid=availability-now]").InnerTextAsync());

        // Tap the status, pick the last day, tap confirm.
        await page.Locator("[data-testid=choose-OffSick]").TapAsync();
        var until = page.GetByLabel("Off sick until (last day)");
        await until.FillAsync("2026-11-27");
        await until.PressAsync("Tab");
        var confirm = page.Locator("[data-testid=confirm-availability]");
        await Expect(confirm).ToHaveTextAsync("Confirm: off sick until Fri 27 Nov");
        await confirm.TapAsync();

        await Expect(page.Locator("[data-testid=availability-now]")).ToContainTextAsync("You are off sick until Fri 27 Nov.");
        await Expect(page.Locator("[data-testid=availability-saved]")).ToHaveTextAsync("Saved: you are off sick from today until Fri 27 Nov.");
        await page.WaitForFunctionAsync(
            "([selector, before]) => { const t = document.querySelector(selector)?.textContent ?? ''; const m = /Covered ([\\d.]+) h/.exec(t); return m && parseFloat(m[1]) < before; }",
            new object[] { SamsTeam + " [data-testid=covered-hours]", coveredBefore });
        var coveredAfter = await CoveredHoursAsync(page);
        Assert.True(coveredAfter < coveredBefore, $"Sam's covered hours went from {coveredBefore} to {coveredAfter}");
        await WebAppFixture.ScreenshotAsync(page, "me-off-sick", Viewport.Phone);
        Assert.Empty(await WebAppFixture.SeriousViolationsAsync(page));

        // Back at work early: available from today, Friday's leave booked again, the cover as it was.
        await page.Locator("[data-testid=choose-Available]").TapAsync();
        await Expect(confirm).ToHaveTextAsync("Confirm: available from today");
        await confirm.TapAsync();
        await Expect(page.Locator("[data-testid=availability-now]")).ToContainTextAsync("You are available.");
        await Expect(page.Locator("[data-testid=shifts-2026-11-23]")).ToContainTextAsync("is on leave that day");
        await Expect(page.Locator(SamsTeam + " [data-testid=covered-hours]")).ToContainTextAsync($"Covered {coveredBefore.ToString("0.#", CultureInfo.InvariantCulture)} h");
        Assert.Empty(web.Refused);

        await staff.DataAsync(
            "mutation ($id: ID!) { setAvailability(input: { staffId: $id, status: AVAILABLE, from: \"2026-11-27\", until: \"2026-11-27\" }) { id } }", new { id });
    }

    [Fact]
    public async Task The_page_follows_a_change_made_in_another_tab_without_a_reload()
    {
        var first = await web.SignInAsync(DemoAccounts.Staff, "/me", Viewport.Desktop);
        var second = await web.SignInAsync(DemoAccounts.Staff, "/me", Viewport.Phone);
        var navigations = 0;
        first.FrameNavigated += (_, frame) => navigations += frame == first.MainFrame ? 1 : 0;

        await second.Locator("[data-testid=choose-OnLeave]").ClickAsync();
        var until = second.GetByLabel("On leave until (last day)");
        await until.FillAsync("2026-11-25");
        await until.PressAsync("Tab");
        await second.Locator("[data-testid=confirm-availability]").ClickAsync();

        await Expect(first.Locator("[data-testid=availability-now]")).ToContainTextAsync("You are on leave until Wed 25 Nov.");
        Assert.Equal(0, navigations);

        await second.Locator("[data-testid=choose-Available]").ClickAsync();
        await second.Locator("[data-testid=confirm-availability]").ClickAsync();
        await Expect(first.Locator("[data-testid=availability-now]")).ToContainTextAsync("You are available.");
    }

    [Fact]
    public async Task A_leaders_change_over_the_api_reaches_the_colleagues_page_at_once()
    {
        var page = await web.SignInAsync(DemoAccounts.Staff, "/me", Viewport.Desktop);
        var leader = await web.ApiAsync(DemoAccounts.Leader);
        var staff = await web.ApiAsync(DemoAccounts.Staff);
        var id = (await staff.DataAsync("{ me { staffId } }"))["me"]!["staffId"]!.GetValue<string>();

        await leader.DataAsync(
            "mutation ($id: ID!) { setAvailability(input: { staffId: $id, status: UNAVAILABLE, until: \"2026-11-24\", clientMutationId: \"web-live-1\" }) { id } }", new { id });
        await Expect(page.Locator("[data-testid=availability-now]")).ToContainTextAsync("You are unavailable until Tue 24 Nov.");

        await leader.DataAsync(
            "mutation ($id: ID!) { setAvailability(input: { staffId: $id, status: AVAILABLE, until: \"2026-11-24\", clientMutationId: \"web-live-2\" }) { id } }", new { id });
        await Expect(page.Locator("[data-testid=availability-now]")).ToContainTextAsync("You are available.");
    }

    [Fact]
    public async Task Spending_time_with_someone_today_is_one_tap()
    {
        var page = await web.SignInAsync(DemoAccounts.Staff, "/me", Viewport.Phone);
        var button = page.GetByRole(AriaRole.Button, new() { NameRegex = SpentTimeWith() }).First;
        var name = SpentTimeWith().Match(await button.InnerTextAsync()).Groups[1].Value;

        await button.TapAsync();

        await Expect(page.GetByRole(AriaRole.Button, new() { Name = $"Recorded: with {name} today" })).ToBeDisabledAsync();
    }

    [Fact]
    public async Task The_availability_control_is_reached_and_used_by_keyboard_with_a_visible_focus_ring()
    {
        var page = await web.SignInAsync(DemoAccounts.Staff, "/me", Viewport.Desktop);

        for (var i = 0; i < 40 && await page.EvaluateAsync<string?>("() => document.activeElement?.dataset?.testid") != "choose-OnLeave"; i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        var outline = await page.EvaluateAsync<string>("() => { const s = getComputedStyle(document.activeElement); return s.outlineStyle + ' ' + s.outlineWidth; }");
        await page.Keyboard.PressAsync("Enter");

        Assert.Equal("choose-OnLeave", await page.EvaluateAsync<string?>("() => document.activeElement?.dataset?.testid"));
        Assert.Equal("solid 3px", outline);
        await Expect(page.Locator("[data-testid=confirm-availability]")).ToHaveTextAsync("Confirm: on leave until further notice");
        await Expect(page.Locator("[data-testid=choose-OnLeave]")).ToHaveAttributeAsync("aria-pressed", "true");
    }

    private static async Task<double> CoveredHoursAsync(IPage page)
    {
        var text = await page.Locator(SamsTeam + " [data-testid=covered-hours]").InnerTextAsync();
        return double.Parse(CoveredFigure().Match(text).Groups[1].Value, CultureInfo.InvariantCulture);
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    [GeneratedRegex(@"Covered ([\d.]+) h")]
    private static partial Regex CoveredFigure();

    [GeneratedRegex(@"^Spent time with (\S+) today$")]
    private static partial Regex SpentTimeWith();
}
