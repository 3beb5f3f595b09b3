using SupportGrains.Api.Tests;
using SupportGrains.Api.Tests.Cluster;

namespace SupportGrains.Reliability.Tests.Crashes;

/// <summary>
/// Two silo processes clustered through PostgreSQL and the app as their client (README "More than one
/// machine"). Crashes alternate: an odd one kills one silo (chosen at random) and starts it again; an
/// even one kills the whole cluster, both silos and the app, and starts it all again.
/// </summary>
public sealed class ClusterTarget : ICrashTarget
{
    // A killed silo that is not started again is declared dead after a few missed probes; Orleans'
    // 5 s probe timeout is for real networks.
    private static readonly Dictionary<string, string> QuickMembership = new() { ["Cluster__Membership__ProbeTimeout"] = "00:00:02" };

    private ProcessCluster? _cluster;
    private IReadOnlyList<SiloProcess> _killed = [];
    private bool _apiKilled;

    public string Name => "PostgreSQL: two silos and the app as their client";

    private ProcessCluster Cluster => _cluster ?? throw new InvalidOperationException("The cluster has not started.");

    public async Task StartAsync()
    {
        _cluster = await ProcessCluster.CreateAsync(QuickMembership);
        await Cluster.StartSilosAsync(2);
        Cluster.StartApi();
        await Cluster.WaitForApiAsync();
    }

    public Task<GraphQLClient> SignInAsync() => Health.SignInAsync(Cluster.ApiAddress);

    public async Task<string> KillAsync(int number, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        if (number % 2 == 1)
        {
            var silo = Cluster.Silos[random.Next(Cluster.Silos.Count)];
            await silo.Process.KillAsync();
            (_killed, _apiKilled) = ([silo], false);
            return $"{silo.Name} (pid {silo.Process.Id})";
        }

        // The whole cluster, in an order of its own each time.
        var parts = Cluster.Silos.Select(s => (Name: s.Name, Process: s.Process)).Append((Name: "api", Process: Cluster.Api)).OrderBy(_ => random.Next()).ToList();
        foreach (var (_, process) in parts)
        {
            await process.KillAsync();
        }

        (_killed, _apiKilled) = (Cluster.Silos, true);
        return "the whole cluster (" + string.Join(", ", parts.Select(p => p.Name)) + ")";
    }

    public async Task RecoverAsync()
    {
        await Task.WhenAll(_killed.Select(Cluster.RestartSiloAsync));
        if (_apiKilled)
        {
            Cluster.RestartApi();
            await Cluster.WaitForApiAsync();
        }

        (_killed, _apiKilled) = ([], false);
    }

    public Task<bool> ServingAsync() => Health.HealthyAsync(Cluster.ApiAddress);

    public string Output() => _cluster?.Output() ?? "";

    public async ValueTask DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }
    }
}
