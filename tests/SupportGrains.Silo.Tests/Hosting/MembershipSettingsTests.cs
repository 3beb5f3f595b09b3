using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Hosting;
using SupportGrains.Silo.Hosting;
using SupportGrains.Testing;
using Xunit;

namespace SupportGrains.Silo.Tests.Hosting;

/// <summary><c>Cluster:Membership:*</c>: how soon a silo that stopped answering is declared dead.</summary>
public sealed class MembershipSettingsTests
{
    [Fact]
    public async Task Membership_settings_reach_Orleans_and_the_others_keep_its_defaults()
    {
        var options = await MembershipOptionsAsync(new()
        {
            ["Cluster:Membership:ProbeTimeout"] = "00:00:02",
            ["Cluster:Membership:NumMissedProbesLimit"] = "2",
        });

        Assert.Equal(TimeSpan.FromSeconds(2), options.ProbeTimeout);
        Assert.Equal(2, options.NumMissedProbesLimit);
        Assert.Equal(new ClusterMembershipOptions().NumVotesForDeathDeclaration, options.NumVotesForDeathDeclaration);
    }

    [Fact]
    public async Task Without_membership_settings_a_silo_keeps_Orleans_defaults()
    {
        var options = await MembershipOptionsAsync([]);
        var defaults = new ClusterMembershipOptions();

        Assert.Equal(defaults.ProbeTimeout, options.ProbeTimeout);
        Assert.Equal(defaults.NumMissedProbesLimit, options.NumMissedProbesLimit);
        Assert.Equal(defaults.TableRefreshTimeout, options.TableRefreshTimeout);
    }

    // The options a silo configured from these settings would run with (the silo is built, not started).
    private static async Task<ClusterMembershipOptions> MembershipOptionsAsync(Dictionary<string, string?> settings)
    {
        using var folder = new TempDirectory("sg-membership");
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Configuration.AddInMemoryCollection([KeyValuePair.Create("Storage:SqlitePath", (string?)folder.File("silo.db"))]);
        builder.UseOrleans(silo => silo.AddSupportGrainsSilo(builder.Configuration, folder.Path));
        var host = builder.Build();
        var options = host.Services.GetRequiredService<IOptions<ClusterMembershipOptions>>().Value;

        // Resolved, so that disposing the host closes the store as it does after a run.
        host.Services.GetRequiredService<SupportGrainsStore>();
        await ((IAsyncDisposable)host).DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return options;
    }
}
