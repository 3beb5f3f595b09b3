using System.Collections.Immutable;

namespace SupportGrains.Silo.Tests.Grains;

/// <summary>Calls the next grain of a path: a test builds call cycles with it.</summary>
public interface IChainGrain : IGrainWithStringKey
{
    Task<int> CallAsync(ImmutableArray<string> path);
}

public interface IReentrantChainGrain : IGrainWithStringKey
{
    Task<int> CallAsync(ImmutableArray<string> path);
}
