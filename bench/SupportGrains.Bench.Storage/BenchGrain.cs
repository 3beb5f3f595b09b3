using Orleans;
using Orleans.Runtime;

namespace SupportGrains.Bench.Storage;

[GenerateSerializer]
public sealed class BenchState
{
    [Id(0)]
    public int Counter { get; set; }

    [Id(1)]
    public string Text { get; set; } = new('x', 200);
}

public interface IBenchGrain : IGrainWithIntegerKey
{
    Task Write();
}

public sealed class BenchGrain([PersistentState("bench")] IPersistentState<BenchState> state) : Grain, IBenchGrain
{
    public Task Write()
    {
        state.State.Counter++;
        return state.WriteStateAsync();
    }
}
