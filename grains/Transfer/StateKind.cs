using System.Text.Json.Nodes;
using Orleans.Storage;

namespace SupportGrains.Grains.Transfer;

/// <summary>
/// One kind of grain state an export carries: its name in the document, the state name it is stored
/// under, and the grain it belongs to. It reads and writes the stored form (<see cref="Stored{TState}"/>:
/// the state with the client mutation ids it applied and any audit entries not yet handed over)
/// through the silo's grain storage and its serializer, so the rows are what the grain itself writes.
/// </summary>
internal abstract class StateKind(string name, string stateName)
{
    public string Name { get; } = name;

    public string StateName { get; } = stateName;

    public abstract GrainId GrainOf(IGrainFactory grains, string key);

    /// <summary>The stored form as JSON, or null when the thing does not exist.</summary>
    public abstract Task<JsonNode?> ReadAsync(IGrainStorage storage, IGrainStorageSerializer serializer, GrainId grain);

    /// <summary>The stored form now, for the check before an import; null when there is nothing.</summary>
    public abstract Task<(JsonNode? Stored, string? ETag, bool RecordExists)> ReadForWriteAsync(IGrainStorage storage, IGrainStorageSerializer serializer, GrainId grain);

    /// <summary>Writes the stored form over the row read (the store refuses it if the row changed since).</summary>
    public abstract Task WriteAsync(IGrainStorage storage, IGrainStorageSerializer serializer, GrainId grain, JsonNode stored, string? etag, bool recordExists);
}

/// <summary>A <see cref="StateKind"/> for grains of one interface keeping one state type.</summary>
internal sealed class StateKind<TGrain, TState>(string name, string stateName) : StateKind(name, stateName)
    where TGrain : IGrainWithStringKey
    where TState : class
{
    public override GrainId GrainOf(IGrainFactory grains, string key) => grains.GetGrain<TGrain>(key).GetGrainId();

    public override async Task<JsonNode?> ReadAsync(IGrainStorage storage, IGrainStorageSerializer serializer, GrainId grain) =>
        (await ReadForWriteAsync(storage, serializer, grain)).Stored;

    public override async Task<(JsonNode? Stored, string? ETag, bool RecordExists)> ReadForWriteAsync(IGrainStorage storage, IGrainStorageSerializer serializer, GrainId grain)
    {
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(serializer);
        var state = new GrainState<Stored<TState>>();
        await storage.ReadStateAsync(StateName, grain, state);
        var stored = state.RecordExists && state.State?.Value is not null ? JsonNode.Parse(serializer.Serialize(state.State).ToString()) : null;
        return (stored, state.ETag, state.RecordExists);
    }

    public override async Task WriteAsync(IGrainStorage storage, IGrainStorageSerializer serializer, GrainId grain, JsonNode stored, string? etag, bool recordExists)
    {
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(serializer);
        ArgumentNullException.ThrowIfNull(stored);
        var value = serializer.Deserialize<Stored<TState>>(BinaryData.FromString(stored.ToJsonString()))
            ?? throw DomainException.InvalidInput($"The {Name} state in the document is empty.");
        await storage.WriteStateAsync(StateName, grain, new GrainState<Stored<TState>>(value, etag) { RecordExists = recordExists });
    }
}
