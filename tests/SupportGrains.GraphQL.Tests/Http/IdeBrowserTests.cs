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
    private HeadlessChromium _chromium = null!;

    private string Origin => new Uri(_server.Url).GetLeftPart(UriPartial.Authority);

    public async Task InitializeAsync()
    {
        _server = await TestServer.StartAsync();
        _chromium = await HeadlessChromium.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        await _chromium.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Ide_loads_offline_completes_fields_from_the_schema_and_runs_the_query()
    {
        var page = await _chromium.OfflinePageAsync(Origin);
        await page.GotoAsync(_server.Url);
        await page.WaitForFunctionAsync("() => window.__ide && window.__ide.schemaLoaded()");
        Assert.Equal("Schema loaded", await page.TextContentAsync("#status"));

        var editor = page.Locator("#query");
        await editor.FillAsync("");
        await editor.PressSequentiallyAsync("{ he");
        var completions = page.Locator("#completions");
        await completions.WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Visible });
        Assert.Equal("helloString!", (await completions.Locator("li").First.TextContentAsync())?.Trim());

        await editor.PressAsync("Enter");
        Assert.Equal("{ hello", await editor.InputValueAsync());
        await editor.PressSequentiallyAsync("(n");
        await completions.WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Visible });
        Assert.Equal("nameString", (await completions.Locator("li").First.TextContentAsync())?.Trim());
        await editor.PressAsync("Enter");
        await editor.PressSequentiallyAsync("\"IDE\") }");

        await page.ClickAsync("#run");
        await page.WaitForFunctionAsync("() => document.getElementById('result').textContent.includes('hello')");
        using var result = System.Text.Json.JsonDocument.Parse(await page.TextContentAsync("#result") ?? "");
        Assert.Equal("Hello, IDE", result.RootElement.GetProperty("data").GetProperty("hello").GetString());
        Assert.Empty(_chromium.Refused);
    }

    [Fact]
    public async Task Docs_explorer_lists_the_root_types_and_opens_a_type()
    {
        var page = await _chromium.OfflinePageAsync(Origin);
        await page.GotoAsync(_server.Url);
        await page.WaitForFunctionAsync("() => window.__ide && window.__ide.schemaLoaded()");

        await page.ClickAsync("#docs-body a[data-type='Query']");
        var body = await page.TextContentAsync("#docs-body") ?? "";
        Assert.Contains("hello(name: String): String!", body);
        Assert.Contains("count: Int!", body);

        await page.FillAsync("#docs-search", "incr");
        Assert.Contains("Mutation.increment", await page.TextContentAsync("#docs-body") ?? "");
        Assert.Empty(_chromium.Refused);
    }
}
