using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Orleans;
using SupportGrains.Api.Accounts;
using SupportGrains.Grains.Accounts;
using SupportGrains.Grains.Common;
using SupportGrains.Testing;

namespace SupportGrains.Api.Tests;

/// <summary>
/// The app for tests: its store chosen by the test (a SQLite file or a PostgreSQL database), a
/// fixed "today" (2026-11-24), the sample organisation only when asked for, and more settings or
/// services when a test needs them. Every /graphql request needs a signed-in account: the helpers
/// below create accounts through the app's own account service and hand back signed-in clients.
/// </summary>
public sealed class SupportGrainsApp(
    Store store,
    bool sampleData = false,
    IReadOnlyDictionary<string, string>? settings = null,
    Action<IServiceCollection>? testServices = null) : WebApplicationFactory<Program>
{
    public static readonly DateTimeOffset Now = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    /// <summary>The password of every account the helpers create.</summary>
    public const string Password = "a test passphrase";

    public FakeTimeProvider Time { get; } = new(Now);

    /// <summary>Counts the grain calls the app makes from outside the grains (the API's own calls).</summary>
    public ApiGrainCalls Calls { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in store.Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.UseSetting("SampleData:Enabled", sampleData ? "true" : "false");
        builder.UseSetting("Cluster:SiloPort", FreePorts.Next().ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Cluster:GatewayPort", FreePorts.Next().ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.RemoveAll<Clock>();
            services.AddSingleton(new Clock(Time));
            services.AddSingleton<IOutgoingGrainCallFilter>(Calls);
        });
        if (testServices is not null)
        {
            builder.ConfigureTestServices(testServices);
        }
    }

    /// <summary>
    /// The signed-in client a test starts with: a new account holding the admin role, of no
    /// organisation. The organisation it creates makes it that organisation's director (DOMAIN.md
    /// "Roles"), so it may do everything there and nothing in anyone else's.
    /// </summary>
    public Task<GraphQLClient> AdminAsync() => SignInAsync([AccountRole.Admin]);

    /// <summary>A new account with these roles (created through the app's account service, as an admin would), signed in with a bearer token.</summary>
    public async Task<GraphQLClient> SignInAsync(AccountRole[] roles, string? organisationId = null, string? staffId = null, string? username = null)
    {
        var name = username ?? NewUsername();
        await Accounts.CreateAsync(name, Password, [.. roles], organisationId, staffId, ChangeContext.None);
        return await BearerClientAsync(name);
    }

    /// <summary>A client with a new personal access token of an existing account (no password needed).</summary>
    public async Task<GraphQLClient> BearerClientAsync(string username)
    {
        var issued = await Accounts.IssueAsync(username, "test", AccessTokenKind.Personal, Time.GetUtcNow().AddDays(1), ChangeContext.None);
        return WithToken(issued.Secret!);
    }

    /// <summary>A client sending this bearer token.</summary>
    public GraphQLClient WithToken(string token)
    {
        var http = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return new GraphQLClient(http);
    }

    /// <summary>POST /api/token with a username and password, as an API client would.</summary>
    public async Task<HttpResponseMessage> RequestTokenAsync(string username, string password)
    {
        using var http = CreateClient();
        return await http.PostAsJsonAsync("/api/token", new { username, password });
    }

    /// <summary>A client signed in with the token POST /api/token gives for a username and password.</summary>
    public async Task<GraphQLClient> TokenClientAsync(string username, string password)
    {
        using var response = await RequestTokenAsync(username, password);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST /api/token: HTTP {(int)response.StatusCode}: {body}");
        return WithToken(JsonNode.Parse(body)!["accessToken"]!.GetValue<string>());
    }

    /// <summary>A client without a signed-in account (cookies kept, redirects not followed).</summary>
    public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>
    /// Signs in through the sign-in page as a browser would: GET /signin for the antiforgery token
    /// and cookie, then POST the form. The answer and the browser, which holds the sign-in cookie if it succeeded.
    /// </summary>
    public async Task<(HttpResponseMessage Response, HttpClient Browser)> CookieSignInAsync(string username, string password, string returnUrl = "/graphql", bool withAntiforgery = true)
    {
        var browser = Browser();
        var page = await browser.GetStringAsync("/signin?returnUrl=" + Uri.EscapeDataString(returnUrl));
        var form = new Dictionary<string, string> { ["username"] = username, ["password"] = password, ["returnUrl"] = returnUrl };
        if (withAntiforgery)
        {
            form["__RequestVerificationToken"] = AntiforgeryToken(page);
        }

        var response = await browser.PostAsync("/signin", new FormUrlEncodedContent(form));
        return (response, browser);
    }

    /// <summary>The antiforgery token of a page's form.</summary>
    public static string AntiforgeryToken(string page)
    {
        var match = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"");
        Assert.True(match.Success, "The page has no antiforgery token: " + page);
        return System.Net.WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public static string NewUsername() => "t-" + Guid.NewGuid().ToString("N")[..12];

    private LocalAccounts Accounts => Services.GetRequiredService<LocalAccounts>();
}

/// <summary>Where an app under test keeps its data; a new app on the same store sees the same data.</summary>
public sealed record Store(string Name, IReadOnlyDictionary<string, string> Settings)
{
    public static Store Sqlite(string path) => new("sqlite", new Dictionary<string, string> { ["Storage:Provider"] = "Sqlite", ["Storage:SqlitePath"] = path });

    public static Store Postgres(string connectionString) => new("postgres", new Dictionary<string, string>
    {
        ["Storage:Provider"] = "Postgres",
        ["Storage:PostgresConnectionString"] = connectionString,
    });

    public override string ToString() => Name;
}
