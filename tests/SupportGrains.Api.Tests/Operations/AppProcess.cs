using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using SupportGrains.Testing;

namespace SupportGrains.Api.Tests.Operations;

/// <summary>
/// The app as an operator runs it: the built program as a separate process on a SQLite file (or on
/// the store the settings name), on free loopback ports, with a first admin account (and the sample
/// organisation when asked for). It can be stopped and started again on the same store.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    public const string AdminUsername = "ops-admin";
    public const string AdminPassword = "an operations test passphrase";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);
    private readonly List<HttpClient> _clients = [];

    private AppProcess(ProgramProcess process, Uri address)
    {
        Process = process;
        Address = address;
    }

    public ProgramProcess Process { get; }

    public Uri Address { get; }

    /// <summary>Starts the app with these settings (keys with __ for :) on top of its own, and waits until it is ready.</summary>
    public static async Task<AppProcess> StartAsync(IReadOnlyDictionary<string, string> settings, string name = "api")
    {
        ArgumentNullException.ThrowIfNull(settings);
        var port = FreePorts.Next();
        var address = new Uri($"http://127.0.0.1:{port}");
        var all = new Dictionary<string, string>
        {
            ["SampleData__Enabled"] = "false",
            ["Accounts__InitialAdminUsername"] = AdminUsername,
            ["Accounts__InitialAdminPassword"] = AdminPassword,
            ["Cluster__SiloPort"] = FreePorts.Next().ToString(CultureInfo.InvariantCulture),
            ["Cluster__GatewayPort"] = FreePorts.Next().ToString(CultureInfo.InvariantCulture),
            ["Urls"] = address.ToString(),
        };
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        var process = ProgramProcess.Start(name, Repository.Program("api", "SupportGrains.Api"), all);
        var app = new AppProcess(process, address);
        try
        {
            await process.WaitForPortAsync(port, StartTimeout);
            await Cluster.Eventually.Async("the app ready", StartTimeout, async () =>
            {
                using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
                using var response = await http.GetAsync("/health/ready");
                return response.IsSuccessStatusCode ? null : $"/health/ready answered {(int)response.StatusCode}";
            });
            return app;
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    /// <summary>Settings for a SQLite file.</summary>
    public static Dictionary<string, string> OnSqlite(string path) => new() { ["Storage__Provider"] = "Sqlite", ["Storage__SqlitePath"] = path };

    /// <summary>An HTTP client of the app with no one signed in.</summary>
    public HttpClient Http()
    {
        var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(60) };
        _clients.Add(http);
        return http;
    }

    /// <summary>Signs in through POST /api/token and answers a GraphQL client sending that bearer token.</summary>
    public async Task<GraphQLClient> SignInAsync(string username = AdminUsername, string password = AdminPassword)
    {
        var http = Http();
        using var response = await http.PostAsJsonAsync("/api/token", new { username, password });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST /api/token: HTTP {(int)response.StatusCode}: {body}");
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", JsonNode.Parse(body)!["accessToken"]!.GetValue<string>());
        return new GraphQLClient(http);
    }

    /// <summary>What /metrics answers (the test runs on this machine, so it may read it).</summary>
    public async Task<string> MetricsAsync()
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30) };
        return await http.GetStringAsync("/metrics");
    }

    public async ValueTask DisposeAsync()
    {
        await Process.DisposeAsync();
        foreach (var client in _clients)
        {
            client.Dispose();
        }
    }
}
