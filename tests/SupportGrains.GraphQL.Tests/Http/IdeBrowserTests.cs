using Microsoft.Playwright;
using SupportGrains.Testing;

namespace SupportGrains.GraphQL.Tests.Http;

/// <summary>
/// The IDE in a real browser (Debian's chromium, headless) with every request that leaves
/// loopback refused: the page must load, read the schema, complete field names and run a query
/// with nothing but what the endpoint serves.
/// </summary>
public sealed class IdeBrowserTests : IAsyncLifetime
{
    private TestServer _server = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;
    private readonly List<string> _refused = [];

    public async Task InitializeAsync()
    {
        _server = await TestServer.StartAsync();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.Path(),
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Ide_loads_offline_completes_fields_from_the_schema_and_runs_the_query()
    {
        var page = await OfflinePageAsync();
        await page.GotoAsync(_server.Url);
        await page.WaitForFunctionAsync("() => window.__ide && window.__ide.schemaLoaded()");
        Assert.Equal("Schema loaded", await page.TextContentAsync("#status"));

        var editor = page.Locator("#query");
        await editor.FillAsync("");
        await editor.PressSequentiallyAsync("{ he");
        var completions = page.Locator("#completions");
        await completions.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
        var first = completions.Locator("li").First;
        Assert.Equal("helloString!", (await first.TextContentAsync())?.Trim());

        await editor.PressAsync("Enter");
        Assert.Equal("{ hello", await editor.InputValueAsync());
        await editor.PressSequentiallyAsync("(n");
        await completions.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
        Assert.Equal("nameString", (await completions.Locator("li").First.TextContentAsync())?.Trim());
        await editor.PressAsync("Enter");
        await editor.PressSequentiallyAsync("\"IDE\") }");

        await page.ClickAsync("#run");
        await page.WaitForFunctionAsync("() => document.getElementById('result').textContent.includes('hello')");
        var result = System.Text.Json.JsonDocument.Parse(await page.TextContentAsync("#result") ?? "");
        Assert.Equal("Hello, IDE", result.RootElement.GetProperty("data").GetProperty("hello").GetString());
        Assert.Empty(_refused);
    }

    [Fact]
    public async Task Docs_explorer_lists_the_root_types_and_opens_a_type()
    {
        var page = await OfflinePageAsync();
        await page.GotoAsync(_server.Url);
        await page.WaitForFunctionAsync("() => window.__ide && window.__ide.schemaLoaded()");

        await page.ClickAsync("#docs-body a[data-type='Query']");
        var body = await page.TextContentAsync("#docs-body") ?? "";
        Assert.Contains("hello(name: String): String!", body);
        Assert.Contains("count: Int!", body);

        await page.FillAsync("#docs-search", "incr");
        Assert.Contains("Mutation.increment", await page.TextContentAsync("#docs-body") ?? "");
        Assert.Empty(_refused);
    }

    /// <summary>A page whose requests may only go to the test server; anything else is refused and recorded.</summary>
    private async Task<IPage> OfflinePageAsync()
    {
        var context = await _browser.NewContextAsync();
        var origin = new Uri(_server.Url).GetLeftPart(UriPartial.Authority);
        await context.RouteAsync("**/*", async route =>
        {
            if (route.Request.Url.StartsWith(origin, StringComparison.Ordinal))
            {
                await route.ContinueAsync();
            }
            else
            {
                lock (_refused)
                {
                    _refused.Add(route.Request.Url);
                }

                await route.AbortAsync("internetdisconnected");
            }
        });
        return await context.NewPageAsync();
    }
}
