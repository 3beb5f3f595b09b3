using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Orleans.Storage;
using SupportGrains.Api.Accounts;
using SupportGrains.Api.Application;
using SupportGrains.Api.GraphQL;
using SupportGrains.Api.Hosting;
using SupportGrains.Grains.Accounts;
using SupportGrains.Grains.Common;

namespace SupportGrains.Bench.Api;

/// <summary>
/// The API host as Program.cs builds it (silo co-hosted, sign-in, GraphQL over HTTP; no pages) on the embedded
/// default's settings (<c>Storage:Provider</c> Sqlite, a file of the bench's own), on free
/// loopback ports. Every request the bench makes to it, its own and wrk's, carries
/// <see cref="RequestHeaders"/>.
/// </summary>
internal sealed class ApiHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ApiHost(WebApplication app, string url, string sqlitePath)
    {
        _app = app;
        Url = url;
        SqlitePath = sqlitePath;
    }

    public string Url { get; }

    public string SqlitePath { get; }

    public IGrainFactory Grains => _app.Services.GetRequiredService<IGrainFactory>();

    /// <summary>The domain's today, as the grains see it.</summary>
    public DateOnly Today => _app.Services.GetRequiredService<Clock>().Today;

    /// <summary>
    /// The headers every request to /graphql carries. The one place a sign-in goes once the API
    /// needs one: add the bearer token here (Authorization) and every request and wrk run sends it.
    /// </summary>
    public IReadOnlyDictionary<string, string> RequestHeaders => _headers;

    private readonly Dictionary<string, string> _headers = [];

    /// <summary>
    /// Makes a director account for the organisation (and its colleague) and signs every later
    /// request in as it, with a bearer token as an integrator's program would.
    /// </summary>
    public async Task SignInAsDirectorAsync(string organisationId, string staffId) =>
        _headers["Authorization"] = await DirectorAuthorizationAsync(organisationId, staffId);

    /// <summary>
    /// A director account for the organisation (made when there is none) and a new bearer token for
    /// it, as the Authorization header's value: for requests about that organisation alone.
    /// </summary>
    public async Task<string> DirectorAuthorizationAsync(string organisationId, string staffId)
    {
        var accounts = _app.Services.GetRequiredService<LocalAccounts>();
        var username = "bench-" + organisationId;
        var account = await accounts.GetAsync(username)
            ?? await accounts.CreateAsync(username, "a bench passphrase of its own", [AccountRole.Director], organisationId, staffId, ChangeContext.None);
        var issued = await accounts.IssueSignInTokenAsync(account);
        return "Bearer " + issued.Secret;
    }

    /// <summary>The grain store the silo actually writes to (its class), so figures say which store they came from.</summary>
    public string Store
    {
        get
        {
            var storage = _app.Services.GetKeyedService<IGrainStorage>(StorageNames.Default);
            return storage is null ? "unknown" : storage.GetType().Name;
        }
    }

    public static async Task<ApiHost> StartAsync(string sqlitePath)
    {
        var (siloPort, gatewayPort) = TwoFreePorts();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Sqlite",
            ["Storage:SqlitePath"] = sqlitePath,
            // Ports of its own for each host: a restarted host must not wait for the previous one's
            // (Orleans' defaults, 11111 and 30000, would clash), nor take another program's.
            ["Cluster:SiloPort"] = siloPort.ToString(CultureInfo.InvariantCulture),
            ["Cluster:GatewayPort"] = gatewayPort.ToString(CultureInfo.InvariantCulture),
            ["SampleData:Enabled"] = "false",
            // The bench measures the API itself: an integrator's program at thousands of requests a
            // second would otherwise meet the per-account limit (RateLimits:*, README "Settings").
            ["RateLimits:Enabled"] = "false",
            ["Urls"] = "http://127.0.0.1:0",
        });
        builder.Logging.ClearProviders();
        builder.AddSupportGrainsSilo();
        builder.AddApplication();
        builder.AddSupportGrainsApi();
        builder.AddSignIn();
        builder.AddRateLimits();
        var app = builder.Build();
        app.MapSignIn();
        app.MapSupportGrainsApi();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new ApiHost(app, address + "/graphql", sqlitePath);
    }

    /// <summary>A client for the bench's own requests, with <see cref="RequestHeaders"/>.</summary>
    public HttpClient CreateClient() => Client(RequestHeaders);

    /// <summary>A client asking for GraphQL responses, with the given headers on every request.</summary>
    public static HttpClient Client(IReadOnlyDictionary<string, string> headers)
    {
        var client = new HttpClient();
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        foreach (var (name, value) in headers)
        {
            client.DefaultRequestHeaders.TryAddWithoutValidation(name, value);
        }

        return client;
    }

    private static (int, int) TwoFreePorts()
    {
        // Both held open while the second is chosen, so they differ.
        using var first = new TcpListener(IPAddress.Loopback, 0);
        using var second = new TcpListener(IPAddress.Loopback, 0);
        first.Start();
        second.Start();
        return (((IPEndPoint)first.LocalEndpoint).Port, ((IPEndPoint)second.LocalEndpoint).Port);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
