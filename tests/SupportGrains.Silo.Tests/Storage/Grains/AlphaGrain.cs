using Orleans;
using Orleans.Runtime;

namespace SupportGrains.Silo.Tests.Storage;

public sealed class AlphaGrain([PersistentState("profile")] IPersistentState<CounterState> state) : Grain, IAlphaGrain
{
    public Task Set(string text)
    {
        state.State.Text = text;
        return state.WriteStateAsync();
    }

    public Task<string> Get() => Task.FromResult(state.State.Text);
}
