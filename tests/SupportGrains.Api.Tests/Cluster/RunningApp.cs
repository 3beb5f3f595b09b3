using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using SupportGrains.Testing;

namespace SupportGrains.Api.Tests.Cluster;

/// <summary>
/// The app as one separate process co-hosting its silo (README "Two commands"), on the store its
/// settings name, on free ports: what an operator runs on one machine. Its data-protection keys
/// live in the given folder, so nothing of it lands in the user's profile.
/// </summary>
public sealed class RunningApp : IAsyncDisposable
{
    /// <summary>The password of the sample organisation's demo accounts.</summary>
    public const string DemoPassword = "supportgrains-demo";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(180);

    private readonly List<HttpClient> _clients = [];

    private RunningApp(ProgramProcess process, Uri address)
    {
        Process = process;
        Address = address;
    }

    public ProgramProcess Process { get; }

    public Uri Address { get; }

    /// <summary>
    /// Starts the app with these settings (keys with __ for :) on free HTTP, silo and gateway ports
    /// and waits until it answers Healthy on /health.
    /// </summary>
    public static async Task<RunningApp> StartAsync(string folder, IReadOnlyDictionary<string, string> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var port = FreePorts.Next();
        var address = new Uri($"http://127.0.0.1:{port}");
        var all = new Dictionary<string, string>
        {
            ["Urls"] = address.ToString(),
            ["Cluster__SiloPort"] = FreePorts.Next().ToString(CultureInfo.InvariantCulture),
            ["Cluster__GatewayPort"] = FreePorts.Next().ToString(CultureInfo.InvariantCulture),
            ["DataProtection__KeysPath"] = Path.Combine(folder, "keys"),
        };
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        var app = new RunningApp(ProgramProcess.Start("api", Repository.Program("api", "SupportGrains.Api"), all), address);
        try
        {
            await app.Process.WaitForPortAsync(port, StartTimeout);
            await Eventually.Async("the app healthy", StartTimeout, async () =>
                await app.HealthAsync("/health") is (200, _) ? null : "not healthy yet");
            return app;
        }
        catch (Exception e)
        {
            var output = app.Process.Output;
            await app.DisposeAsync();
            throw new InvalidOperationException($"The app did not start: {e.Message}\n{output}", e);
        }
    }

    /// <summary>A bearer token from POST /api/token for this account.</summary>
    public async Task<string> TokenAsync(string username, string password = DemoPassword)
    {
        using var http = NewHttp();
        using var response = await http.PostAsJsonAsync("/api/token", new { username, password });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST /api/token as {username}: HTTP {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!["accessToken"]!.GetValue<string>();
    }

    /// <summary>
    /// Signs in through the form, as a browser does (antiforgery token included), and answers the
    /// sign-in cookie as a Cookie header value: what a signed-in browser sends with every request.
    /// </summary>
    public async Task<string> CookieAsync(string username, string password = DemoPassword)
    {
        var cookies = new System.Net.CookieContainer();
        using var handler = new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false };
        using var browser = new HttpClient(handler) { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(60) };
        var page = await browser.GetStringAsync("/signin");
        using var response = await browser.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["username"] = username,
            ["password"] = password,
            ["__RequestVerificationToken"] = SupportGrainsApp.AntiforgeryToken(page),
        }));
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Redirect, $"POST /signin as {username}: HTTP {(int)response.StatusCode}");
        var signIn = cookies.GetCookies(Address)["sg.signin"];
        Assert.True(signIn is not null, $"POST /signin as {username} set no sg.signin cookie");
        return $"sg.signin={signIn.Value}";
    }

    /// <summary>A GraphQL client signed in as this account.</summary>
    public async Task<GraphQLClient> SignInAsync(string username, string password = DemoPassword)
    {
        var token = await TokenAsync(username, password);
        var http = NewHttp();
        _clients.Add(http);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return new GraphQLClient(http);
    }

    /// <summary>The status and body of a health endpoint (/health, /health/live, /health/ready).</summary>
    public async Task<(int Status, string Body)> HealthAsync(string path)
    {
        using var http = NewHttp();
        using var response = await http.GetAsync(path);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>What the app has written (the end of it), for a failing test to show.</summary>
    public string OutputTail(int characters = 20_000)
    {
        var output = Process.Output;
        return output.Length > characters ? "…" + output[^characters..] : output;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients)
        {
            client.Dispose();
        }

        await Process.DisposeAsync();
    }

    private HttpClient NewHttp() => new() { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(60) };
}
