namespace SupportGrains.Silo;

/// <summary>
/// A piece of a grain's persistent state. It is read before <c>OnActivateAsync</c>; changes are
/// durable once <see cref="WriteStateAsync"/> completes.
/// </summary>
public interface IPersistentState<TState>
    where TState : new()
{
    /// <summary>The state in memory.</summary>
    TState State { get; set; }

    /// <summary>The version last read or written; null when no record exists.</summary>
    string? Etag { get; }

    /// <summary>Whether a record exists in storage.</summary>
    bool RecordExists { get; }

    /// <summary>Reloads the state from storage.</summary>
    Task ReadStateAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes the state durably. A stale ETag throws <see cref="Storage.InconsistentStateException"/>;
    /// any failure also drops the activation after the current request, so the next call reloads
    /// what storage really holds.
    /// </summary>
    Task WriteStateAsync(CancellationToken cancellationToken = default);

    /// <summary>Deletes the record and resets <see cref="State"/> to a new instance.</summary>
    Task ClearStateAsync(CancellationToken cancellationToken = default);
}
