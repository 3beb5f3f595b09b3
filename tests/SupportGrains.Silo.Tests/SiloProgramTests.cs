using SupportGrains.Testing;
using Xunit;

namespace SupportGrains.Silo.Tests;

/// <summary>The standalone silo program as an operator runs it: what it says and which exit code it gives when it cannot run.</summary>
public sealed class SiloProgramTests
{
    [Fact]
    public async Task A_silo_whose_settings_do_not_fit_exits_with_1_and_says_why()
    {
        await using var silo = StartSilo(new Dictionary<string, string> { ["Cluster__Clustering"] = "Postgres" });

        var exitCode = await silo.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(1, exitCode);
        Assert.Contains("The SupportGrains silo stopped: Cluster:Clustering is Postgres, which needs Storage:Provider Postgres", silo.Output);
        Assert.DoesNotContain("Unhandled exception", silo.Output);
    }

    [Fact]
    public async Task A_misspelt_membership_setting_stops_the_silo_instead_of_being_ignored()
    {
        using var folder = new TempDirectory("sg-silo-program");
        await using var silo = StartSilo(new Dictionary<string, string>
        {
            ["Storage__SqlitePath"] = folder.File("silo.db"),
            ["Cluster__SiloPort"] = FreePorts.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Cluster__GatewayPort"] = FreePorts.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Cluster__Membership__ProbeTimout"] = "00:00:02",
        });

        var exitCode = await silo.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(1, exitCode);
        Assert.Contains("ClusterMembershipOptions: 'ProbeTimout'", silo.Output);
    }

    private static ProgramProcess StartSilo(IReadOnlyDictionary<string, string> settings) =>
        ProgramProcess.Start("silo", Repository.Program("silo", "SupportGrains.Silo"), settings);
}
