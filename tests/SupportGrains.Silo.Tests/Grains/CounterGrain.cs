using System.Collections.Immutable;

namespace SupportGrains.Silo.Tests.Grains;

[GrainType("counter")]
public sealed class CounterGrain([PersistentState("counter")] IPersistentState<CounterState> state, Probe probe) : Grain, ICounterGrain
{
    private readonly Guid _activationId = Guid.NewGuid();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var key = GetPrimaryKeyString();
        probe.Increment("activations:" + key);
        if (key.StartsWith("fail-once", StringComparison.Ordinal) && probe.Count("activations:" + key) == 1)
        {
            throw new InvalidOperationException("OnActivateAsync failed on purpose");
        }

        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        probe.Record($"deactivated {GetPrimaryKeyString()} {reason}");
        return Task.CompletedTask;
    }

    public async ValueTask<int> IncrementAsync()
    {
        state.State.Value++;
        state.State.History = state.State.History.Add(state.State.Value);
        await state.WriteStateAsync();
        return state.State.Value;
    }

    public ValueTask<int> GetAsync() => ValueTask.FromResult(state.State.Value);

    public Task<Guid> ActivationIdAsync() => Task.FromResult(_activationId);

    public Task ClearAsync() => state.ClearStateAsync();

    public Task RememberAsync(ICounterGrain other)
    {
        state.State.Remembered = other;
        return state.WriteStateAsync();
    }

    public async Task<int> AskRememberedAsync() => await state.State.Remembered!.GetAsync();

    public Task<ImmutableArray<int>> HistoryAsync() => Task.FromResult(state.State.History);
}
