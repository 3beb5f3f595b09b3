using Microsoft.Playwright;

namespace SupportGrains.Api.Tests.Components;

/// <summary>
/// What every page must be, checked in a real browser for each row of <see cref="PageChecks.Pages"/>:
/// no serious or critical axe violations on a phone and on a desktop, nothing wider than a 360 px
/// screen, everything from the app itself (no request leaves it), and a screenshot of each for the README.
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed class PageCheckTests(WebAppFixture web)
{
    [Theory]
    [MemberData(nameof(PageChecks.Pages), MemberType = typeof(PageChecks))]
    public async Task A_page_passes_axe_on_a_phone_and_a_desktop_and_its_screenshots_are_written(string name, string path, string username)
    {
        foreach (var viewport in new[] { Viewport.Phone, Viewport.Desktop })
        {
            var page = await web.SignInAsync(username, path, viewport);
            Assert.Empty(await WebAppFixture.SeriousViolationsAsync(page));
            await WebAppFixture.ScreenshotAsync(page, name, viewport);
            await page.Context.CloseAsync();
        }

        Assert.Empty(web.Refused);
    }

    [Theory]
    [MemberData(nameof(PageChecks.Pages), MemberType = typeof(PageChecks))]
    public async Task A_page_does_not_scroll_sideways_on_a_360_px_phone(string name, string path, string username)
    {
        var page = await web.SignInAsync(username, path, Viewport.Narrow);

        Assert.False(await WebAppFixture.ScrollsSidewaysAsync(page), $"{name} ({path}) is wider than 360 px: {await WidestAsync(page)}");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_sign_in_page_passes_axe_and_fits_a_360_px_phone()
    {
        foreach (var viewport in new[] { Viewport.Narrow, Viewport.Desktop })
        {
            var page = await web.NewPageAsync(viewport);
            await page.GotoAsync(web.Origin + "/signin?returnUrl=%2Fme");

            Assert.Empty(await WebAppFixture.SeriousViolationsAsync(page));
            Assert.False(await WebAppFixture.ScrollsSidewaysAsync(page));
            await WebAppFixture.ScreenshotAsync(page, "signin", viewport == Viewport.Narrow ? Viewport.Phone : viewport);
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Every_page_sends_a_browser_that_is_not_signed_in_to_sign_in_and_back()
    {
        var page = await web.NewPageAsync(Viewport.Phone);
        await page.GotoAsync(web.Origin + "/");

        Assert.Equal(web.Origin + "/signin?returnUrl=%2Fme", page.Url);
    }

    [Fact]
    public async Task Pages_come_with_a_content_security_policy_that_keeps_them_to_the_app()
    {
        var page = await web.SignInAsync(SupportGrains.Api.Accounts.DemoAccounts.Staff, "/me", Viewport.Desktop);
        var response = await page.GotoAsync(web.Origin + "/me");
        await WebAppFixture.ReadyAsync(page);

        var policy = await response!.HeaderValueAsync("content-security-policy");
        Assert.Contains("default-src 'self'", policy);
        Assert.Contains("script-src 'self';", policy);
        Assert.Contains("frame-ancestors 'none'", policy);
        await page.Context.CloseAsync();
    }

    // The element that sticks out furthest, to say what to fix.
    private static Task<string> WidestAsync(IPage page) => page.EvaluateAsync<string>(
        "() => { let w = null; for (const e of document.querySelectorAll('body *')) { const r = e.getBoundingClientRect(); if (!w || r.right > w.r) w = { r: r.right, e }; } return w ? `${w.e.tagName}.${w.e.className} reaches ${w.r}px` : ''; }");
}
