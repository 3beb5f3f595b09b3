using Orleans;
using Orleans.Runtime;

namespace SupportGrains.Silo.Tests.Storage;

public sealed class LongKeyGrain([PersistentState("counter")] IPersistentState<CounterState> state) : Grain, ILongKeyGrain
{
    public Task Set(int value)
    {
        state.State.Value = value;
        return state.WriteStateAsync();
    }

    public Task<int> Get() => Task.FromResult(state.State.Value);
}
