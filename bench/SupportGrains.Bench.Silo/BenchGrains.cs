using System.Collections.Immutable;
using SupportGrains.Silo;

namespace SupportGrains.Bench.Silo;

public interface IBenchPingGrain : IGrainWithIntegerKey
{
    ValueTask<long> PingAsync(long value);
}

public interface IFanOutGrain : IGrainWithIntegerKey
{
    Task<long> FanOutAsync(int width);
}

/// <summary>A grain with no fields of its own, so its size is the runtime's alone.</summary>
public sealed class BenchPingGrain : Grain, IBenchPingGrain
{
    public ValueTask<long> PingAsync(long value) => ValueTask.FromResult(value + 1);
}

public sealed class FanOutGrain : Grain, IFanOutGrain
{
    private ImmutableArray<IBenchPingGrain> _targets = [];

    public async Task<long> FanOutAsync(int width)
    {
        if (_targets.Length != width)
        {
            var first = GetPrimaryKeyLong() * 1_000;
            _targets = [.. Enumerable.Range(0, width).Select(i => GrainFactory.GetGrain<IBenchPingGrain>(first + i))];
        }

        var calls = new Task<long>[width];
        for (var i = 0; i < width; i++)
        {
            calls[i] = _targets[i].PingAsync(i).AsTask();
        }

        long sum = 0;
        foreach (var call in calls)
        {
            sum += await call;
        }

        return sum;
    }
}

public interface IWriterGrain : IGrainWithIntegerKey
{
    Task<int> WriteAsync();
}

public sealed class WriterState
{
    public int Writes { get; set; }

    public string Note { get; set; } = "";
}

/// <summary>Writes its state durably on every call.</summary>
public sealed class WriterGrain([PersistentState("writer")] IPersistentState<WriterState> state) : Grain, IWriterGrain
{
    public async Task<int> WriteAsync()
    {
        state.State.Writes++;
        state.State.Note = $"write {state.State.Writes} of grain {GetPrimaryKeyLong()}";
        await state.WriteStateAsync();
        return state.State.Writes;
    }
}
