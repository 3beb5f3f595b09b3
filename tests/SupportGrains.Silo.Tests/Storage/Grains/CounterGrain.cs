using Orleans;
using Orleans.Runtime;

namespace SupportGrains.Silo.Tests.Storage;

public sealed class CounterGrain([PersistentState("counter")] IPersistentState<CounterState> state) : Grain, ICounterGrain
{
    public async Task<int> Increment(string text)
    {
        state.State.Value++;
        state.State.Text = text;
        await state.WriteStateAsync();
        return state.State.Value;
    }

    public Task<CounterState> Get() => Task.FromResult(state.State);

    public Task<bool> RecordExists() => Task.FromResult(state.RecordExists);

    public Task<string?> ETag() => Task.FromResult(state.Etag);

    public Task Clear() => state.ClearStateAsync();

    public async Task<string?> TryWrite(int value)
    {
        state.State.Value = value;
        try
        {
            await state.WriteStateAsync();
            return null;
        }
        catch (Exception exception)
        {
            return exception.GetType().Name;
        }
    }
}
