using System.Collections.Immutable;

namespace SupportGrains.Silo.Tests.Grains;

public interface ICounterGrain : IGrainWithStringKey
{
    ValueTask<int> IncrementAsync();

    [ReadOnly]
    ValueTask<int> GetAsync();

    Task<Guid> ActivationIdAsync();

    Task ClearAsync();

    Task RememberAsync(ICounterGrain other);

    Task<int> AskRememberedAsync();

    Task<ImmutableArray<int>> HistoryAsync();
}
