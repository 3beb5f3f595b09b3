using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SupportGrains.Silo.Storage;
using SupportGrains.Silo.Testing;
using SupportGrains.Silo.Tests.Grains;

namespace SupportGrains.Silo.Tests.Persistence;

public sealed class PersistentStateTests
{
    private readonly Probe _probe = new();

    private Task<TestCluster> StartAsync() =>
        TestCluster.StartAsync(options: o => o.Services = s => s.AddSingleton(_probe));

    private static GrainStateKey KeyOf(string grainKey) => new("supportgrains", "counter", grainKey, "counter");

    [Fact]
    public async Task State_survives_a_restart()
    {
        await using var cluster = await StartAsync();
        var grain = cluster.GrainFactory.GetGrain<ICounterGrain>("durable");
        for (var i = 0; i < 3; i++)
        {
            await grain.IncrementAsync();
        }

        await cluster.RestartAsync();

        Assert.Equal(3, await cluster.GrainFactory.GetGrain<ICounterGrain>("durable").GetAsync());
        var history = await cluster.GrainFactory.GetGrain<ICounterGrain>("durable").HistoryAsync();
        Assert.Equal([1, 2, 3], history.ToArray());
    }

    [Fact]
    public async Task State_is_stored_as_readable_json_under_type_key_and_state_name()
    {
        await using var cluster = await StartAsync();
        await cluster.GrainFactory.GetGrain<ICounterGrain>("readable").IncrementAsync();

        var stored = await Storage(cluster).ReadAsync(KeyOf("readable"), default);

        using var json = JsonDocument.Parse(stored!.Json);
        Assert.Equal(1, json.RootElement.GetProperty("value").GetInt32());
        Assert.Equal("1", stored.Etag);
    }

    [Fact]
    public async Task A_write_behind_the_grains_back_makes_its_next_write_fail_and_the_activation_reload()
    {
        await using var cluster = await StartAsync();
        var grain = cluster.GrainFactory.GetGrain<ICounterGrain>("conflict");
        await grain.IncrementAsync();
        var storage = Storage(cluster);
        var stored = await storage.ReadAsync(KeyOf("conflict"), default);
        await storage.WriteAsync(KeyOf("conflict"), """{"value":40,"history":[40]}""", stored!.Etag, default);

        await Assert.ThrowsAsync<InconsistentStateException>(async () => await grain.IncrementAsync());

        Assert.Equal(41, await grain.IncrementAsync());
        Assert.Equal(2, _probe.Count("activations:conflict"));
    }

    [Fact]
    public async Task A_failed_state_read_fails_the_call_and_leaves_no_activation()
    {
        await using var cluster = await StartAsync();
        await cluster.GrainFactory.GetGrain<ICounterGrain>("unreadable").IncrementAsync();
        await cluster.RestartAsync();
        cluster.StorageFaults.FailNextRead();

        await Assert.ThrowsAsync<IOException>(async () => await cluster.GrainFactory.GetGrain<ICounterGrain>("unreadable").GetAsync());

        Assert.Equal(0, cluster.Runtime.ActivationCount);
        Assert.Equal(1, await cluster.GrainFactory.GetGrain<ICounterGrain>("unreadable").GetAsync());
    }

    [Fact]
    public async Task A_failed_write_reaches_the_caller_and_leaves_stored_and_observed_state_as_it_was()
    {
        await using var cluster = await StartAsync();
        var grain = cluster.GrainFactory.GetGrain<ICounterGrain>("unwritable");
        await grain.IncrementAsync();
        cluster.StorageFaults.FailNextWrite();

        await Assert.ThrowsAsync<IOException>(async () => await grain.IncrementAsync());

        var stored = await Storage(cluster).ReadAsync(KeyOf("unwritable"), default);
        Assert.Equal("1", stored!.Etag);
        Assert.Equal(1, await grain.GetAsync());
        Assert.Equal(2, await grain.IncrementAsync());
    }

    [Fact]
    public async Task Clearing_state_deletes_the_record()
    {
        await using var cluster = await StartAsync();
        var grain = cluster.GrainFactory.GetGrain<ICounterGrain>("cleared");
        await grain.IncrementAsync();

        await grain.ClearAsync();

        Assert.Null(await Storage(cluster).ReadAsync(KeyOf("cleared"), default));
        Assert.Equal(0, await grain.GetAsync());
        Assert.Equal(1, await grain.IncrementAsync());
    }

    [Fact]
    public async Task Grain_references_can_be_kept_in_state()
    {
        await using var cluster = await StartAsync();
        var other = cluster.GrainFactory.GetGrain<ICounterGrain>("remembered");
        await other.IncrementAsync();
        await cluster.GrainFactory.GetGrain<ICounterGrain>("rememberer").RememberAsync(other);

        await cluster.RestartAsync();

        Assert.Equal(1, await cluster.GrainFactory.GetGrain<ICounterGrain>("rememberer").AskRememberedAsync());
    }

    private static IGrainStorage Storage(TestCluster cluster) => cluster.Services.GetRequiredKeyedService<IGrainStorage>("Default");
}
