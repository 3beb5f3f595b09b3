using SupportGrains.Silo.Storage;

namespace SupportGrains.Silo.Testing;

/// <summary>Wraps a storage provider so <see cref="StorageFaults"/> can make it fail; otherwise passes through.</summary>
internal sealed class FaultyGrainStorage(IGrainStorage inner, StorageFaults faults) : IGrainStorage
{
    public ValueTask<StoredState?> ReadAsync(GrainStateKey key, CancellationToken cancellationToken)
    {
        faults.BeforeRead(key);
        return inner.ReadAsync(key, cancellationToken);
    }

    public ValueTask<string> WriteAsync(GrainStateKey key, string json, string? expectedEtag, CancellationToken cancellationToken)
    {
        faults.BeforeWrite(key);
        return inner.WriteAsync(key, json, expectedEtag, cancellationToken);
    }

    public ValueTask ClearAsync(GrainStateKey key, string? expectedEtag, CancellationToken cancellationToken)
    {
        faults.BeforeWrite(key);
        return inner.ClearAsync(key, expectedEtag, cancellationToken);
    }
}
