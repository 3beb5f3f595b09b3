using System.Collections.Immutable;

namespace SupportGrains.Silo.Tests.Grains;

public sealed class CounterState
{
    public int Value { get; set; }

    public ImmutableArray<int> History { get; set; } = [];

    public ICounterGrain? Remembered { get; set; }
}
