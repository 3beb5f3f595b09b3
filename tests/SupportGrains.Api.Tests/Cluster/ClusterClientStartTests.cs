namespace SupportGrains.Api.Tests.Cluster;

/// <summary>The app as a client of a cluster of silo processes, started in either order.</summary>
[Collection(SeparateProcesses.Name)]
public sealed class ClusterClientStartTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task The_app_started_before_any_silo_waits_for_the_cluster_and_then_serves()
    {
        await using var cluster = await ProcessCluster.CreateAsync(new Dictionary<string, string>());
        try
        {
            // A new database: no membership tables yet, so the first attempts fail before any gateway is looked for.
            var api = cluster.StartApi();
            await Eventually.Async("the app saying it waits for the cluster", Timeout, () =>
                Task.FromResult(api.Output.Contains("No silo of cluster", StringComparison.Ordinal) ? null : "not said yet"));
            Assert.False(api.HasExited, "The app waits instead of stopping.");

            await cluster.StartSilosAsync(1);
            await cluster.WaitForApiAsync();
            var client = await cluster.SignInAsync();

            var data = await client.DataAsync("{ me { username } }");
            Assert.Equal(ProcessCluster.AdminUsername, data["me"]!["username"]!.GetValue<string>());
        }
        catch (Exception e)
        {
            throw new InvalidOperationException($"{e.Message}\n\nWhat the processes wrote:{cluster.Output()}", e);
        }
    }
}
