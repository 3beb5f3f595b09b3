using System.Globalization;
using System.Text;
using SupportGrains.Api.Tests;
using SupportGrains.Api.Tests.Cluster;
using SupportGrains.Testing;

namespace SupportGrains.Reliability.Tests.Crashes;

/// <summary>
/// The app as one separate process on a SQLite file (its co-hosted silo, the embedded default), killed
/// with SIGKILL and started again on the same file, the same ports and the same settings.
/// </summary>
public sealed class SqliteAppTarget : ICrashTarget
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);

    private readonly TempDirectory _folder = new("sg-crash");
    private readonly Dictionary<string, string> _settings;
    private readonly List<ProgramProcess> _processes = [];
    private ProgramProcess? _app;

    public SqliteAppTarget()
    {
        Address = new Uri($"http://127.0.0.1:{FreePorts.Next()}");
        _settings = new Dictionary<string, string>
        {
            ["Storage__Provider"] = "Sqlite",
            ["Storage__SqlitePath"] = _folder.File("crash.db"),
            ["SampleData__Enabled"] = "false",
            ["Accounts__InitialAdminUsername"] = ProcessCluster.AdminUsername,
            ["Accounts__InitialAdminPassword"] = ProcessCluster.AdminPassword,
            ["Urls"] = Address.ToString(),
            ["Cluster__SiloPort"] = FreePorts.Next().ToString(CultureInfo.InvariantCulture),
            ["Cluster__GatewayPort"] = FreePorts.Next().ToString(CultureInfo.InvariantCulture),
        };
    }

    public string Name => "SQLite: the app as one process";

    public Uri Address { get; }

    public Task StartAsync() => RecoverAsync();

    public Task<GraphQLClient> SignInAsync() => Health.SignInAsync(Address);

    public async Task<string> KillAsync(int number, Random random)
    {
        await (_app ?? throw new InvalidOperationException("The app has not started.")).KillAsync();
        return $"the app (pid {_app.Id})";
    }

    public async Task RecoverAsync()
    {
        _app = ProgramProcess.Start("api", Repository.Program("api", "SupportGrains.Api"), _settings);
        _processes.Add(_app);
        await _app.WaitForPortAsync(Address.Port, StartTimeout);
        await Eventually.Async("the app healthy", StartTimeout, async () => await ServingAsync() ? null : "not healthy");
    }

    public Task<bool> ServingAsync() => Health.HealthyAsync(Address);

    public string Output()
    {
        var text = new StringBuilder();
        foreach (var process in _processes.TakeLast(3))
        {
            var output = process.Output;
            text.Append(CultureInfo.InvariantCulture, $"\n===== {process.Name} (pid {process.Id}) =====\n");
            text.Append(output.Length > 20_000 ? "…" + output[^20_000..] : output);
        }

        return text.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var process in _processes)
        {
            await process.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
