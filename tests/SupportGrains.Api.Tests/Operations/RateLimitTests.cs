using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using SupportGrains.Api.Tests.Accounts;
using SupportGrains.Grains.Accounts;

namespace SupportGrains.Api.Tests.Operations;

/// <summary>Rate limits per account and per address (ASP.NET Core's rate limiter): 429 with Retry-After and a body saying so.</summary>
public sealed class RateLimitTests
{
    // Buckets that hardly refill (one request a minute), so a test's few requests are enough to empty them.
    private const string Trickle = "0.016";

    [Fact]
    public async Task An_account_over_its_limit_is_answered_429_with_a_GraphQL_error_while_another_account_goes_on()
    {
        await using var separate = new SeparateApp(settings: new Dictionary<string, string>
        {
            ["RateLimits:GraphQL:PerAccount:Burst"] = "3",
            ["RateLimits:GraphQL:PerAccount:PerSecond"] = Trickle,
        });
        var busy = await separate.App.AdminAsync();
        var other = await separate.App.AdminAsync();
        for (var i = 0; i < 3; i++)
        {
            await busy.DataAsync("{ me { username } }");
        }

        using var refused = await busy.Http.PostAsJsonAsync("/graphql", new { query = "{ me { username } }" });
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var seconds = int.Parse(Assert.Single(refused.Headers.GetValues("Retry-After")), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(seconds, 1, 120);
        var error = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!["errors"]![0]!;
        Assert.Equal("RATE_LIMITED", (string?)error["extensions"]!["code"]);
        Assert.Equal(seconds, (int)error["extensions"]!["retryAfterSeconds"]!);
        Assert.Contains($"try again in {seconds} s", (string?)error["message"], StringComparison.Ordinal);

        await other.DataAsync("{ me { username } }");
    }

    [Fact]
    public async Task An_address_over_its_limit_is_answered_429_whichever_account_asks()
    {
        await using var separate = new SeparateApp(settings: new Dictionary<string, string>
        {
            ["RateLimits:GraphQL:PerAddress:Burst"] = "4",
            ["RateLimits:GraphQL:PerAddress:PerSecond"] = Trickle,
        });
        var first = await separate.App.AdminAsync();
        var second = await separate.App.AdminAsync();
        await first.DataAsync("{ me { username } }");
        await first.DataAsync("{ me { username } }");
        await second.DataAsync("{ me { username } }");
        await second.DataAsync("{ me { username } }");

        using var refused = await second.Http.PostAsJsonAsync("/graphql", new { query = "{ me { username } }" });
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter is not null, "No Retry-After.");

        // Not signed in counts against the address too.
        using var anonymous = separate.App.Browser();
        using var unsigned = await anonymous.PostAsJsonAsync("/graphql", new { query = "{ me { username } }" });
        Assert.Equal(HttpStatusCode.TooManyRequests, unsigned.StatusCode);
    }

    [Fact]
    public async Task Signing_in_is_limited_per_address_more_strictly_and_says_when_to_try_again()
    {
        await using var separate = new SeparateApp(settings: new Dictionary<string, string>
        {
            ["RateLimits:SignIn:PerAddress:Burst"] = "2",
            ["RateLimits:SignIn:PerAddress:PerSecond"] = Trickle,
        });
        var username = SupportGrainsApp.NewUsername();
        await separate.App.SignInAsync([AccountRole.Admin], username: username);
        using (var first = await separate.App.RequestTokenAsync(username, SupportGrainsApp.Password))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        using (var wrong = await separate.App.RequestTokenAsync(username, "not the password at all"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using var refused = await separate.App.RequestTokenAsync(username, SupportGrainsApp.Password);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta is { } delta && delta >= TimeSpan.FromSeconds(1), "No Retry-After in seconds.");
        var body = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!;
        Assert.Equal("RATE_LIMITED", (string?)body["error"]);
        Assert.Contains("sign-in attempts", (string?)body["message"], StringComparison.Ordinal);

        // The cookie sign-in form is the same door.
        var (page, _) = await separate.App.CookieSignInAsync(username, SupportGrainsApp.Password);
        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);

        // /graphql has its own, generous, limits.
        var admin = await separate.App.AdminAsync();
        await admin.DataAsync("{ me { username } }");
    }

    [Fact]
    public async Task With_the_limits_off_nothing_is_refused()
    {
        await using var separate = new SeparateApp(settings: new Dictionary<string, string>
        {
            ["RateLimits:Enabled"] = "false",
            ["RateLimits:GraphQL:PerAccount:Burst"] = "1",
            ["RateLimits:GraphQL:PerAccount:PerSecond"] = Trickle,
        });
        var admin = await separate.App.AdminAsync();
        for (var i = 0; i < 5; i++)
        {
            await admin.DataAsync("{ me { username } }");
        }
    }

    [Fact]
    public void A_limit_that_cannot_work_stops_the_app_at_start()
    {
        var settings = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["RateLimits:GraphQL:PerAccount:Burst"] = "0" }).Build();
        var e = Assert.Throws<InvalidOperationException>(() => Api.Operations.RateLimitSettings.From(settings));
        Assert.Contains("RateLimits:GraphQL:PerAccount", e.Message, StringComparison.Ordinal);
    }
}
