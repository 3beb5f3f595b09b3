using System.Diagnostics;
using System.Text.Json;
using SupportGrains.Silo.Runtime;
using SupportGrains.Silo.Storage;

namespace SupportGrains.Silo.Persistence;

/// <summary>One piece of a grain's state, stored as JSON under (service, grain type, key, state name).</summary>
internal sealed class PersistentState<TState> : IPersistentState<TState>, IStateLoader
    where TState : new()
{
    private readonly Activation _activation;
    private readonly IGrainStorage _storage;
    private readonly GrainStateKey _key;

    public PersistentState(Activation activation, IGrainStorage storage, string stateName)
    {
        _activation = activation;
        _storage = storage;
        var grainClass = activation.Class;
        _key = new GrainStateKey(grainClass.Runtime.Options.ServiceId, grainClass.TypeName, activation.Key.ToString(), stateName);
        activation.RegisterStateLoader(this);
    }

    public TState State { get; set; } = new();

    public string? Etag { get; private set; }

    public bool RecordExists { get; private set; }

    private JsonSerializerOptions Json => _activation.Class.Runtime.Json;

    public async Task ReadStateAsync(CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        var stored = await _storage.ReadAsync(_key, cancellationToken);
        _activation.Class.Runtime.Metrics.StorageOperation("read", started);
        if (stored is null)
        {
            State = new TState();
            Etag = null;
            RecordExists = false;
            return;
        }

        State = JsonSerializer.Deserialize<TState>(stored.Json, Json) ?? new TState();
        Etag = stored.Etag;
        RecordExists = true;
    }

    public async Task WriteStateAsync(CancellationToken cancellationToken = default)
    {
        var json = JsonSerializer.Serialize(State, Json);
        var started = Stopwatch.GetTimestamp();
        try
        {
            Etag = await _storage.WriteAsync(_key, json, Etag, cancellationToken);
            RecordExists = true;
        }
        catch (Exception e)
        {
            // Memory may now differ from storage: drop the activation so the next call reloads.
            _activation.Class.Runtime.Metrics.StorageFailure("write");
            _activation.DropAfterCurrentRequests(e);
            throw;
        }
        finally
        {
            _activation.Class.Runtime.Metrics.StorageOperation("write", started);
        }
    }

    public async Task ClearStateAsync(CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await _storage.ClearAsync(_key, Etag, cancellationToken);
            Etag = null;
            RecordExists = false;
            State = new TState();
        }
        catch (Exception e)
        {
            _activation.Class.Runtime.Metrics.StorageFailure("clear");
            _activation.DropAfterCurrentRequests(e);
            throw;
        }
        finally
        {
            _activation.Class.Runtime.Metrics.StorageOperation("clear", started);
        }
    }
}
