using System.Collections.Immutable;
using SupportGrains.Silo.Testing;
using SupportGrains.Silo.Tests.Grains;

namespace SupportGrains.Silo.Tests.Runtime;

public sealed class DeadlockTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_two_grain_cycle_fails_at_once_naming_the_chain()
    {
        await using var cluster = await TestCluster.StartAsync();
        var a = cluster.GrainFactory.GetGrain<IChainGrain>("a");

        var error = await Assert.ThrowsAsync<DeadlockException>(() => a.CallAsync(["b", "a"]).WaitAsync(Limit));

        Assert.Equal(["chain/a.CallAsync", "chain/b.CallAsync", "chain/a.CallAsync"], error.CallChain);
        Assert.Contains("chain/a.CallAsync → chain/b.CallAsync → chain/a.CallAsync", error.Message);
    }

    [Fact]
    public async Task A_three_grain_cycle_fails_at_once_naming_the_chain()
    {
        await using var cluster = await TestCluster.StartAsync();
        var a = cluster.GrainFactory.GetGrain<IChainGrain>("x");

        var error = await Assert.ThrowsAsync<DeadlockException>(() => a.CallAsync(["y", "z", "x"]).WaitAsync(Limit));

        Assert.Equal(["chain/x.CallAsync", "chain/y.CallAsync", "chain/z.CallAsync", "chain/x.CallAsync"], error.CallChain);
    }

    [Fact]
    public async Task A_grain_calling_itself_is_a_cycle_too()
    {
        await using var cluster = await TestCluster.StartAsync();

        var error = await Assert.ThrowsAsync<DeadlockException>(() =>
            cluster.GrainFactory.GetGrain<IChainGrain>("self").CallAsync(["self"]).WaitAsync(Limit));

        Assert.Equal(2, error.CallChain.Count);
    }

    [Fact]
    public async Task Chains_without_a_cycle_go_through()
    {
        await using var cluster = await TestCluster.StartAsync();

        var hops = await cluster.GrainFactory.GetGrain<IChainGrain>("p").CallAsync(["q", "r", "s"]).WaitAsync(Limit);

        Assert.Equal(3, hops);
    }

    [Fact]
    public async Task Reentrant_grains_may_call_back_into_the_chain()
    {
        await using var cluster = await TestCluster.StartAsync();

        var hops = await cluster.GrainFactory.GetGrain<IReentrantChainGrain>("a").CallAsync(["b", "a", "b"]).WaitAsync(Limit);

        Assert.Equal(3, hops);
    }

    [Fact]
    public async Task The_same_grains_answer_normally_after_a_refused_cycle()
    {
        await using var cluster = await TestCluster.StartAsync();
        var a = cluster.GrainFactory.GetGrain<IChainGrain>("m");
        await Assert.ThrowsAsync<DeadlockException>(() => a.CallAsync(["n", "m"]).WaitAsync(Limit));

        Assert.Equal(1, await a.CallAsync(["n"]).WaitAsync(Limit));
    }
}
