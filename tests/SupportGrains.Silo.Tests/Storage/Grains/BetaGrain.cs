using Orleans;
using Orleans.Runtime;

namespace SupportGrains.Silo.Tests.Storage;

public sealed class BetaGrain([PersistentState("profile")] IPersistentState<CounterState> state) : Grain, IBetaGrain
{
    public Task Set(string text)
    {
        state.State.Text = text;
        return state.WriteStateAsync();
    }

    public Task<string> Get() => Task.FromResult(state.State.Text);
}
