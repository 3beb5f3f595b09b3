using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using SupportGrains.Api.Accounts;
using SupportGrains.Testing;

namespace SupportGrains.Api.Tests.Components;

/// <summary>
/// The web app in a real browser, started once for every browser test (the <see cref="WebAppCollection"/>):
/// the app on a real port with the sample organisation and its demo accounts (today fixed at
/// 2026-11-24), and Debian's chromium headless, whose pages may only talk to the app. A test signs in
/// as a demo account through the sign-in page, opens a page at a viewport, checks it with axe,
/// checks it does not scroll sideways, and writes its screenshot to docs/screenshots.
/// </summary>
public sealed class WebAppFixture : IAsyncLifetime
{
    private readonly TempDirectory _folder = new("sg-web");
    private HeadlessChromium _chromium = null!;

    public SupportGrainsApp App { get; private set; } = null!;

    /// <summary>The app's scheme, host and port.</summary>
    public string Origin { get; private set; } = "";

    /// <summary>Requests the pages made to anywhere but the app (each refused): a page that works offline makes none.</summary>
    public IReadOnlyList<string> Refused => _chromium.Refused;

    public static string ScreenshotFolder { get; } = Path.Combine(Repository.Root, "docs", "screenshots");

    public async Task InitializeAsync()
    {
        App = new SupportGrainsApp(Store.Sqlite(Path.Combine(_folder.Path, "web.db")), sampleData: true);
        App.UseKestrel(0);
        App.StartServer();
        Origin = App.ClientOptions.BaseAddress.GetLeftPart(UriPartial.Authority);
        _chromium = await HeadlessChromium.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        await _chromium.DisposeAsync();
        await App.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    /// <summary>A new browser (its own cookies, nobody signed in) at a viewport; a phone's has touch.</summary>
    public Task<IPage> NewPageAsync(Viewport viewport)
    {
        ArgumentNullException.ThrowIfNull(viewport);
        return _chromium.OfflinePageAsync(Origin, new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = viewport.Width, Height = viewport.Height },
            IsMobile = viewport.Width < 600,
            HasTouch = viewport.Width < 600,
        });
    }

    /// <summary>A new browser at a viewport, signed in as a demo account through the sign-in page, on <paramref name="path"/> once the page has loaded.</summary>
    public async Task<IPage> SignInAsync(string username, string path, Viewport viewport)
    {
        var page = await NewPageAsync(viewport);
        await page.GotoAsync(Origin + path);
        Assert.StartsWith(Origin + "/signin", page.Url);
        await page.FillAsync("#username", username);
        await page.FillAsync("#password", DemoAccounts.Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(Origin + path);
        await ReadyAsync(page);
        return page;
    }

    /// <summary>A GraphQL client of the app on its real port, signed in as an account with a token from POST /api/token (another user, beside the browser).</summary>
    public async Task<GraphQLClient> ApiAsync(string username, string password = DemoAccounts.Password)
    {
        var http = new HttpClient { BaseAddress = new Uri(Origin) };
        using var token = await http.PostAsJsonAsync("/api/token", new { username, password });
        var body = await token.Content.ReadAsStringAsync();
        Assert.True(token.IsSuccessStatusCode, $"POST /api/token as {username}: HTTP {(int)token.StatusCode}: {body}");
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", JsonNode.Parse(body)!["accessToken"]!.GetValue<string>());
        return new GraphQLClient(http);
    }

    /// <summary>Goes to another page in the same browser and waits until it has loaded.</summary>
    public async Task OpenAsync(IPage page, string path)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync(Origin + path);
        await ReadyAsync(page);
    }

    /// <summary>Waits until the page's circuit has drawn it: its heading is there and nothing is loading.</summary>
    public static async Task ReadyAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.Locator("main h1").WaitForAsync();
        await page.WaitForFunctionAsync("() => document.querySelectorAll('.sg-loading').length === 0");
    }

    /// <summary>The axe violations with serious or critical impact, each said with where it is (none is what a page must have).</summary>
    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var result = await page.RunAxe();
        return [.. result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Impact} {v.Id}: {v.Help} at {string.Join("; ", v.Nodes.Take(3).Select(n => n.Html))}")];
    }

    /// <summary>Whether the page is wider than the screen (scrolls sideways).</summary>
    public static async Task<bool> ScrollsSidewaysAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth || document.body.scrollWidth > window.innerWidth");
    }

    /// <summary>Writes the whole page as docs/screenshots/<paramref name="name"/>-<c>viewport</c>.png; the path.</summary>
    public static async Task<string> ScreenshotAsync(IPage page, string name, Viewport viewport)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(viewport);
        Directory.CreateDirectory(ScreenshotFolder);
        var path = Path.Combine(ScreenshotFolder, $"{name}-{viewport.Name}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true, Animations = ScreenshotAnimations.Disabled });
        return path;
    }
}
