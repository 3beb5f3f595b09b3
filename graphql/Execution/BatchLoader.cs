namespace SupportGrains.GraphQL.Execution;

/// <summary>Loads the values of many keys at once. Keys without a value get null.</summary>
public delegate ValueTask<IReadOnlyDictionary<TKey, TValue>> BatchLoad<TKey, TValue>(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    where TKey : notnull;

/// <summary>
/// Per-request batching and caching of loads (a DataLoader): keys asked for while the executor
/// resolves one level are collected, then loaded with one call when it can make no more progress
/// without them. A key asked for again in the same request is answered from the cache.
/// </summary>
public sealed class BatchLoader<TKey, TValue> : IBatchDispatch
    where TKey : notnull
{
    private readonly BatchLoad<TKey, TValue> _load;
    private readonly Action _onPending;
    private readonly Dictionary<TKey, Task<TValue?>> _cache = [];
    private Dictionary<TKey, TaskCompletionSource<TValue?>> _pending = [];

    internal BatchLoader(BatchLoad<TKey, TValue> load, Action onPending)
    {
        _load = load;
        _onPending = onPending;
    }

    /// <summary>How many batches this loader has sent (for tests and diagnostics).</summary>
    public int BatchCount { get; private set; }

    public bool HasPending
    {
        get
        {
            lock (_cache)
            {
                return _pending.Count > 0;
            }
        }
    }

    /// <summary>The value of a key, loaded with the others of its batch.</summary>
    public Task<TValue?> LoadAsync(TKey key)
    {
        bool first;
        Task<TValue?> task;
        lock (_cache)
        {
            if (_cache.TryGetValue(key, out var cached))
            {
                return cached;
            }

            var waiting = new TaskCompletionSource<TValue?>();
            first = _pending.Count == 0;
            _pending[key] = waiting;
            task = _cache[key] = waiting.Task;
        }

        if (first)
        {
            _onPending();
        }

        return task;
    }

    /// <summary>
    /// Puts a value known already (fetched with something else) in the cache, as DataLoader's prime:
    /// a later load of the key answers it without a batch. A key cached or pending already is left as it is.
    /// </summary>
    public void Prime(TKey key, TValue value)
    {
        lock (_cache)
        {
            _cache.TryAdd(key, Task.FromResult<TValue?>(value));
        }
    }

    /// <summary>Makes room for <paramref name="count"/> more keys (about to be primed), so the cache grows once rather than step by step.</summary>
    public void Reserve(int count)
    {
        lock (_cache)
        {
            _cache.EnsureCapacity(_cache.Count + count);
        }
    }

    /// <summary>The values of several keys.</summary>
    public Task<TValue?[]> LoadManyAsync(IEnumerable<TKey> keys) => Task.WhenAll(keys.Select(LoadAsync));

    /// <summary>Sends the pending keys as one batch.</summary>
    public async Task DispatchAsync(CancellationToken cancellationToken)
    {
        Dictionary<TKey, TaskCompletionSource<TValue?>> batch;
        lock (_cache)
        {
            if (_pending.Count == 0)
            {
                return;
            }

            batch = _pending;
            _pending = [];
            BatchCount++;
        }

        try
        {
            var values = await _load([.. batch.Keys], cancellationToken);
            foreach (var (key, waiting) in batch)
            {
                waiting.TrySetResult(values.TryGetValue(key, out var value) ? value : default);
            }
        }
        catch (Exception e)
        {
            foreach (var waiting in batch.Values)
            {
                waiting.TrySetException(e);
            }
        }
    }
}

/// <summary>A loader the executor can ask to send its pending batch.</summary>
public interface IBatchDispatch
{
    bool HasPending { get; }

    Task DispatchAsync(CancellationToken cancellationToken);
}
