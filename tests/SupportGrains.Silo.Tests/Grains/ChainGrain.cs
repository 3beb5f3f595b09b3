using System.Collections.Immutable;

namespace SupportGrains.Silo.Tests.Grains;

[GrainType("chain")]
public sealed class ChainGrain : Grain, IChainGrain
{
    public async Task<int> CallAsync(ImmutableArray<string> path) =>
        path.IsEmpty ? 0 : 1 + await GrainFactory.GetGrain<IChainGrain>(path[0]).CallAsync(path.RemoveAt(0));
}

[Reentrant]
public sealed class ReentrantChainGrain : Grain, IReentrantChainGrain
{
    public async Task<int> CallAsync(ImmutableArray<string> path) =>
        path.IsEmpty ? 0 : 1 + await GrainFactory.GetGrain<IReentrantChainGrain>(path[0]).CallAsync(path.RemoveAt(0));
}
