using Microsoft.Playwright;

namespace SupportGrains.Testing;

/// <summary>
/// Debian's chromium, headless, driven by Playwright, with pages that may only talk to one origin:
/// every other request is refused and recorded, so a test shows a page works offline.
/// </summary>
public sealed class HeadlessChromium : IAsyncDisposable
{
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly List<string> _refused = [];

    private HeadlessChromium(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        _browser = browser;
    }

    /// <summary>Requests refused because they left the page's origin.</summary>
    public IReadOnlyList<string> Refused
    {
        get
        {
            lock (_refused)
            {
                return [.. _refused];
            }
        }
    }

    public static async Task<HeadlessChromium> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath(),
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--no-first-run"],
        });
        return new HeadlessChromium(playwright, browser);
    }

    /// <summary>A new page whose requests may only go to <paramref name="origin"/> (scheme, host and port), in a context with these options (a viewport, say).</summary>
    public async Task<IPage> OfflinePageAsync(string origin, BrowserNewContextOptions? options = null)
    {
        var context = await _browser.NewContextAsync(options);
        await context.RouteAsync("**/*", async route =>
        {
            if (route.Request.Url.StartsWith(origin, StringComparison.Ordinal))
            {
                await route.ContinueAsync();
                return;
            }

            lock (_refused)
            {
                _refused.Add(route.Request.Url);
            }

            await route.AbortAsync("internetdisconnected");
        });
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }

    /// <summary>Debian's chromium; .ci/run installs it. A missing browser is a failure with the fix, never a skip.</summary>
    private static string ExecutablePath()
    {
        foreach (var candidate in new[] { Environment.GetEnvironmentVariable("CHROMIUM_PATH"), "/usr/bin/chromium", "/usr/bin/chromium-browser" })
        {
            if (!string.IsNullOrEmpty(candidate) && File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("chromium is not installed: `apt-get install -y chromium` (.ci/run does this), or set CHROMIUM_PATH.");
    }
}
