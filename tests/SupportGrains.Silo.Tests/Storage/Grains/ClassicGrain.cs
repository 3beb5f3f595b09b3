using Orleans;

namespace SupportGrains.Silo.Tests.Storage;

public sealed class ClassicGrain : Grain<CounterState>, IClassicGrain
{
    public Task Set(int value)
    {
        State.Value = value;
        return WriteStateAsync();
    }
}
