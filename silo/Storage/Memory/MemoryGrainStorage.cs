using System.Globalization;

namespace SupportGrains.Silo.Storage.Memory;

/// <summary>Grain state in memory: for tests, and for trying the runtime without a database.</summary>
public sealed class MemoryGrainStorage(MemoryStore store) : IGrainStorage
{
    private readonly object _writeLock = new();

    public ValueTask<StoredState?> ReadAsync(GrainStateKey key, CancellationToken cancellationToken) =>
        ValueTask.FromResult(store.States.GetValueOrDefault(key));

    public ValueTask<string> WriteAsync(GrainStateKey key, string json, string? expectedEtag, CancellationToken cancellationToken)
    {
        lock (_writeLock)
        {
            var current = store.States.GetValueOrDefault(key);
            Check(key, current, expectedEtag);
            var next = current is null ? 1 : long.Parse(current.Etag, CultureInfo.InvariantCulture) + 1;
            var etag = next.ToString(CultureInfo.InvariantCulture);
            store.States[key] = new StoredState(json, etag);
            return ValueTask.FromResult(etag);
        }
    }

    public ValueTask ClearAsync(GrainStateKey key, string? expectedEtag, CancellationToken cancellationToken)
    {
        lock (_writeLock)
        {
            Check(key, store.States.GetValueOrDefault(key), expectedEtag);
            store.States.TryRemove(key, out _);
            return ValueTask.CompletedTask;
        }
    }

    private static void Check(GrainStateKey key, StoredState? current, string? expectedEtag)
    {
        if (current?.Etag != expectedEtag)
        {
            throw new InconsistentStateException(
                $"The state {key} changed since it was read: stored version {current?.Etag ?? "(none)"}, expected {expectedEtag ?? "(none)"}.",
                current?.Etag, expectedEtag);
        }
    }
}
