using SupportGrains.Api.Accounts;
using SupportGrains.Testing;

namespace SupportGrains.Api.Tests;

/// <summary>
/// The README's tour in a real browser (headless chromium, nothing allowed off loopback): a
/// newcomer signs in as the demo director, opens the IDE on the app with the sample organisation,
/// runs the query it opens with, and reads who knows everyone and whether another person can be taken on.
/// </summary>
public sealed class IdeTourTests : IAsyncLifetime
{
    private readonly TempDirectory _folder = new("sg-ide");
    private SupportGrainsApp _app = null!;
    private HeadlessChromium _chromium = null!;

    public async Task InitializeAsync()
    {
        _app = new SupportGrainsApp(Store.Sqlite(Path.Combine(_folder.Path, "tour.db")), sampleData: true);
        _app.UseKestrel(0);
        _app.StartServer();
        _chromium = await HeadlessChromium.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        await _chromium.DisposeAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    [Fact]
    public async Task A_newcomer_opens_the_ide_and_answers_who_knows_everyone_and_whether_to_take_someone_on()
    {
        var origin = _app.ClientOptions.BaseAddress.GetLeftPart(UriPartial.Authority);
        var page = await _chromium.OfflinePageAsync(origin);

        // The IDE asks them to sign in first, and opens once they have (with the demo director).
        await page.GotoAsync(origin + "/graphql");
        Assert.StartsWith(origin + "/signin", page.Url);
        await page.FillAsync("#username", DemoAccounts.Director);
        await page.FillAsync("#password", DemoAccounts.Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(origin + "/graphql");
        await page.WaitForFunctionAsync("() => window.__ide && window.__ide.schemaLoaded()");
        Assert.Contains("whoKnowsEveryone", await page.InputValueAsync("#query"));

        // The docs explain the question in words a team leader reads.
        await page.FillAsync("#docs-search", "whoKnows");
        await page.ClickAsync("#docs-body a[data-type='Organisation']");
        Assert.Contains("know every current person", await page.TextContentAsync("#docs-body") ?? "");

        await page.ClickAsync("#run");
        await page.WaitForFunctionAsync("() => document.getElementById('result').textContent.includes('sizeCheck')");
        using var result = System.Text.Json.JsonDocument.Parse(await page.TextContentAsync("#result") ?? "");
        var organisation = result.RootElement.GetProperty("data").GetProperty("organisations")[0];
        Assert.Equal("Northfield Small Supports", organisation.GetProperty("name").GetString());
        Assert.NotEqual(0, organisation.GetProperty("whoKnowsEveryone").GetArrayLength());
        Assert.Contains(organisation.GetProperty("sizeCheck").GetProperty("status").GetString(), new[] { "GREEN", "AMBER", "RED" });
        Assert.Empty(_chromium.Refused);
    }
}
