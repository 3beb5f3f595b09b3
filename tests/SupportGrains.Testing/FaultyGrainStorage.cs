using Orleans;
using Orleans.Runtime;
using Orleans.Storage;

namespace SupportGrains.Testing;

/// <summary>The real store of a test cluster, with writes that fail when <see cref="StorageFaults"/> says so (before they reach the store).</summary>
public sealed class FaultyGrainStorage(IGrainStorage inner, StorageFaults faults) : IGrainStorage
{
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => inner.ReadStateAsync(stateName, grainId, grainState);

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (faults.ShouldFail(stateName, grainId))
        {
            throw new IOException($"Injected storage fault: the write of {stateName} {grainId} was refused.");
        }

        await inner.WriteStateAsync(stateName, grainId, grainState);
        faults.Accepted(stateName, grainId);
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => inner.ClearStateAsync(stateName, grainId, grainState);
}
