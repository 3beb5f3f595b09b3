namespace SupportGrains.Silo.Storage;

/// <summary>
/// A storage provider for grain state. Payloads are JSON so an operator can read them with
/// <c>sqlite3</c> or <c>psql</c>. Every method completes only once the change is durable, and a
/// failure leaves the stored state as it was.
/// </summary>
public interface IGrainStorage
{
    /// <summary>Reads the state, or null when no record exists.</summary>
    ValueTask<StoredState?> ReadAsync(GrainStateKey key, CancellationToken cancellationToken);

    /// <summary>
    /// Writes the state if the stored ETag still equals <paramref name="expectedEtag"/> (null: no
    /// record may exist yet) and returns the new ETag; otherwise throws
    /// <see cref="InconsistentStateException"/> and writes nothing.
    /// </summary>
    ValueTask<string> WriteAsync(GrainStateKey key, string json, string? expectedEtag, CancellationToken cancellationToken);

    /// <summary>Deletes the record under the same ETag rule as <see cref="WriteAsync"/>.</summary>
    ValueTask ClearAsync(GrainStateKey key, string? expectedEtag, CancellationToken cancellationToken);
}
