using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using Orleans;
using Orleans.Runtime;
using SupportGrains.Silo.Hosting;
using SupportGrains.Testing;

namespace SupportGrains.Api.Tests.Cluster;

/// <summary>
/// The README's "More than one machine" topology on loopback, each part a separate process started
/// from the built programs with its settings in environment variables: two <c>silo</c> processes
/// clustered through a new PostgreSQL database, and the app as an Orleans client of them (no sample
/// data; a first admin account). The test also gets an Orleans client of its own, to ask the
/// management grain where grains live and which silos are active.
/// </summary>
public sealed class ProcessCluster : IAsyncDisposable
{
    public const string AdminUsername = "failover-admin";
    public const string AdminPassword = "a failover test passphrase";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly Dictionary<string, string> _shared;
    private readonly string _connectionString;
    private readonly string _clusterId;
    private readonly List<ProgramProcess> _processes = [];
    private readonly List<HttpClient> _clients = [];
    private IHost? _observer;

    private ProcessCluster(string connectionString, IReadOnlyDictionary<string, string> siloSettings)
    {
        _connectionString = connectionString;
        _clusterId = "failover-" + Guid.NewGuid().ToString("N")[..8];
        _shared = new Dictionary<string, string>
        {
            ["Storage__Provider"] = "Postgres",
            ["Storage__PostgresConnectionString"] = connectionString,
            ["Cluster__Clustering"] = "Postgres",
            ["Cluster__ClusterId"] = _clusterId,
            ["Cluster__ServiceId"] = _clusterId,

            // A call caught on its way through the killed silo's gateway waits this long for an answer that never comes.
            ["Cluster__ResponseTimeoutSeconds"] = "10",
        };
        SiloSettings = siloSettings;
    }

    public IReadOnlyList<SiloProcess> Silos { get; private set; } = [];

    public ProgramProcess Api { get; private set; } = null!;

    public Uri ApiAddress { get; private set; } = null!;

    /// <summary>The test's own Orleans client of the cluster.</summary>
    public IClusterClient Grains => _observer?.Services.GetRequiredService<IClusterClient>() ?? throw new InvalidOperationException("The cluster has not started.");

    private IReadOnlyDictionary<string, string> SiloSettings { get; }

    /// <summary>
    /// Starts two silos, waits until both are active in the membership table, then starts the app and waits
    /// until it is healthy; then the test's own client.
    /// </summary>
    public static async Task<ProcessCluster> StartAsync(IReadOnlyDictionary<string, string> siloSettings, Action<string> log)
    {
        ArgumentNullException.ThrowIfNull(log);
        var cluster = await CreateAsync(siloSettings);
        log("PostgreSQL database created");
        try
        {
            await cluster.StartSilosAsync(2);
            log("both silos active");
            cluster.StartApi();
            await cluster.WaitForApiAsync();
            log("the app healthy");
            await cluster.StartObserverAsync();
            return cluster;
        }
        catch (Exception e)
        {
            var output = cluster.Output();
            await cluster.DisposeAsync();
            throw new InvalidOperationException($"The cluster did not start: {e.Message}\n{output}", e);
        }
    }

    /// <summary>A cluster with nothing started yet: only its new database.</summary>
    public static async Task<ProcessCluster> CreateAsync(IReadOnlyDictionary<string, string> siloSettings) =>
        new(await (await PostgresServer.GetAsync()).CreateDatabaseAsync(), siloSettings);

    /// <summary>Starts more silos at once and waits until every silo started so far is active in the membership table.</summary>
    public async Task StartSilosAsync(int count)
    {
        var started = Enumerable.Range(Silos.Count, count).Select(i => StartSilo($"silo-{(char)('a' + i)}")).ToList();
        Silos = [.. Silos, .. started];
        await Task.WhenAll(started.Select(s => s.Process.WaitForPortAsync(s.GatewayPort, StartTimeout)));

        // The app's client takes its gateways from the rows of active silos, so they must be there first.
        await Eventually.Async("every silo active in the membership table", StartTimeout, async () =>
        {
            var active = await ActiveRowsAsync();
            return active == Silos.Count ? null : $"{active} of {Silos.Count} active";
        });
    }

    /// <summary>
    /// Starts a silo again after it was killed, on the same ports: a silo that finds its own older
    /// incarnation in the membership table declares it dead, so the cluster does not wait out the probes.
    /// Waits until every silo is active again.
    /// </summary>
    public async Task<SiloProcess> RestartSiloAsync(SiloProcess silo)
    {
        ArgumentNullException.ThrowIfNull(silo);
        var restarted = StartSilo(silo.Name, silo.SiloPort, silo.GatewayPort);
        Silos = [.. Silos.Select(s => s == silo ? restarted : s)];
        await restarted.Process.WaitForPortAsync(restarted.GatewayPort, StartTimeout);
        await Eventually.Async("every silo active in the membership table", StartTimeout, async () =>
        {
            var active = await ActiveRowsAsync();
            return active == Silos.Count ? null : $"{active} of {Silos.Count} active";
        });
        return restarted;
    }

    /// <summary>Starts the app as a client of the cluster, without waiting for it.</summary>
    public ProgramProcess StartApi()
    {
        ApiAddress = new Uri($"http://127.0.0.1:{FreePorts.Next()}");
        return StartApiProcess();
    }

    /// <summary>Starts the app again after it was killed, on the address <see cref="StartApi"/> chose, without waiting for it.</summary>
    public ProgramProcess RestartApi() => StartApiProcess();

    private ProgramProcess StartApiProcess()
    {
        Api = ProgramProcess.Start("api", Repository.Program("api", "SupportGrains.Api"), new Dictionary<string, string>(_shared)
        {
            ["Cluster__Role"] = "Client",
            ["SampleData__Enabled"] = "false",
            ["Accounts__InitialAdminUsername"] = AdminUsername,
            ["Accounts__InitialAdminPassword"] = AdminPassword,
            ["Urls"] = ApiAddress.ToString(),
        });
        _processes.Add(Api);
        return Api;
    }

    /// <summary>Waits until the app listens and answers Healthy on /health.</summary>
    public async Task WaitForApiAsync()
    {
        await Api.WaitForPortAsync(ApiAddress.Port, StartTimeout);
        await Eventually.Async("the app healthy", StartTimeout, async () => await HealthAsync() is "Healthy" ? null : "not healthy");
    }

    /// <summary>Starts the test's own Orleans client of the cluster (<see cref="Grains"/>).</summary>
    public async Task StartObserverAsync()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(_shared.Select(s => KeyValuePair.Create(s.Key.Replace("__", ":", StringComparison.Ordinal), (string?)s.Value)));
        builder.UseOrleansClient(client => client.AddSupportGrainsClient(builder.Configuration, AppContext.BaseDirectory));
        _observer = builder.Build();
        await _observer.StartAsync();
    }

    /// <summary>Signs in with the first admin through POST /api/token and answers a GraphQL client sending that bearer token.</summary>
    public async Task<GraphQLClient> SignInAsync()
    {
        var http = new HttpClient { BaseAddress = ApiAddress, Timeout = TimeSpan.FromSeconds(30) };
        _clients.Add(http);
        using var response = await http.PostAsJsonAsync("/api/token", new { username = AdminUsername, password = AdminPassword });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST /api/token: HTTP {(int)response.StatusCode}: {body}");
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", JsonNode.Parse(body)!["accessToken"]!.GetValue<string>());
        return new GraphQLClient(http);
    }

    /// <summary>The silo the grain is active on now (null when it is not active anywhere).</summary>
    public async Task<SiloProcess?> HostOfAsync(IAddressable grain)
    {
        var address = await Grains.GetGrain<IManagementGrain>(0).GetActivationAddress(grain);
        return address is null ? null : Silos.Single(s => s.SiloPort == address.Endpoint.Port);
    }

    /// <summary>The silos the cluster's membership counts as active.</summary>
    public async Task<IReadOnlyList<SiloProcess>> ActiveSilosAsync()
    {
        var hosts = await Grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true);
        return [.. Silos.Where(s => hosts.Keys.Any(h => h.Endpoint.Port == s.SiloPort))];
    }

    /// <summary>What the app answers on /health.</summary>
    public async Task<string> HealthAsync()
    {
        using var http = new HttpClient { BaseAddress = ApiAddress, Timeout = TimeSpan.FromSeconds(30) };
        using var response = await http.GetAsync("/health");
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>What every process has written (the end of it), for a failing test to show.</summary>
    public string Output()
    {
        var text = new StringBuilder();
        foreach (var process in _processes)
        {
            var output = process.Output;
            text.Append(CultureInfo.InvariantCulture, $"\n===== {process.Name} (pid {process.Id}{(process.HasExited ? $", exited with {process.ExitCode}" : "")}) =====\n");
            text.Append(output.Length > 20_000 ? "…" + output[^20_000..] : output);
        }

        return text.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        if (_observer is not null)
        {
            using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _observer.StopAsync(stop.Token).ContinueWith(_ => { }, TaskScheduler.Default);
            _observer.Dispose();
        }

        foreach (var process in _processes)
        {
            await process.DisposeAsync();
        }

        foreach (var client in _clients)
        {
            client.Dispose();
        }
    }

    private SiloProcess StartSilo(string name) => StartSilo(name, FreePorts.Next(), FreePorts.Next());

    private SiloProcess StartSilo(string name, int siloPort, int gatewayPort)
    {
        var settings = new Dictionary<string, string>(_shared)
        {
            ["Cluster__SiloPort"] = siloPort.ToString(CultureInfo.InvariantCulture),
            ["Cluster__GatewayPort"] = gatewayPort.ToString(CultureInfo.InvariantCulture),
        };
        foreach (var (key, value) in SiloSettings)
        {
            settings[key] = value;
        }

        var process = ProgramProcess.Start(name, Repository.Program("silo", "SupportGrains.Silo"), settings);
        _processes.Add(process);
        return new SiloProcess(name, siloPort, gatewayPort, process);
    }

    private async Task<long> ActiveRowsAsync()
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM supportgrains.orleans_membership WHERE deployment_id = @cluster AND status = 3", connection);
        command.Parameters.AddWithValue("cluster", _clusterId);
        try
        {
            return (long)(await command.ExecuteScalarAsync())!;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            return 0;  // the first silo has not set the schema up yet
        }
    }
}
