using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using SupportGrains.GraphQL.Language.Ast;
using SupportGrains.GraphQL.Types;

namespace SupportGrains.GraphQL.Execution;

/// <summary>Everything one execution of one operation shares: inputs, errors, loaders, and the queue of async completions.</summary>
internal sealed class OperationContext
{
    private readonly Dictionary<string, IBatchDispatch> _loaders = new(StringComparer.Ordinal);
    private int _loadsPending;
    private SemaphoreSlim? _signal;

    public OperationContext(Schema schema, OperationDefinitionNode operation, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> variables, object? rootValue, ExecutionRequest request, ExecutionOptions options, CancellationToken cancellationToken)
    {
        Schema = schema;
        Operation = operation;
        Fragments = fragments;
        Variables = variables;
        RootValue = rootValue;
        Services = request.Services;
        UserContext = request.UserContext;
        Options = options;
        CancellationToken = cancellationToken;
    }

    public Schema Schema { get; }

    public OperationDefinitionNode Operation { get; }

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    public IReadOnlyDictionary<string, object?> Variables { get; }

    public object? RootValue { get; }

    public IServiceProvider? Services { get; }

    public object? UserContext { get; }

    public ExecutionOptions Options { get; }

    public CancellationToken CancellationToken { get; }

    public List<GraphQLError> Errors { get; } = [];

    public ILogger? Logger => Options.Logger;

    /// <summary>Completions of fields whose resolvers finished asynchronously, waiting to be completed by the executor.</summary>
    public ConcurrentQueue<Action>? Completed { get; private set; }

    public SemaphoreSlim? Signal => Volatile.Read(ref _signal);

    public bool LoadsPending => Volatile.Read(ref _loadsPending) != 0;

    public BatchLoader<TKey, TValue> Loader<TKey, TValue>(string name, BatchLoad<TKey, TValue> load)
        where TKey : notnull =>
        Loader(name, load, static load => load);

    /// <summary>The loader of this name, its batch function made by <paramref name="make"/> only when the request has none yet.</summary>
    public BatchLoader<TKey, TValue> Loader<TKey, TValue, TState>(string name, TState state, Func<TState, BatchLoad<TKey, TValue>> make)
        where TKey : notnull
    {
        lock (_loaders)
        {
            if (_loaders.TryGetValue(name, out var existing))
            {
                return existing as BatchLoader<TKey, TValue>
                    ?? throw new InvalidOperationException($"The loader \"{name}\" is already used with other key or value types.");
            }

            var loader = new BatchLoader<TKey, TValue>(make(state), OnLoadPending);
            _loaders[name] = loader;
            return loader;
        }
    }

    /// <summary>Starts every loader's pending batch.</summary>
    public void DispatchLoads()
    {
        Volatile.Write(ref _loadsPending, 0);
        List<IBatchDispatch> loaders;
        lock (_loaders)
        {
            loaders = [.. _loaders.Values.Where(l => l.HasPending)];
        }

        foreach (var loader in loaders)
        {
            _ = loader.DispatchAsync(CancellationToken);
        }
    }

    /// <summary>
    /// The queue and signal used once anything completes asynchronously, made once: a load can be
    /// asked for on another thread (a resolver's continuation) while the executor defers its first
    /// field, so the signal is published last and both threads find the same pair.
    /// </summary>
    public void EnsureAsyncQueue()
    {
        if (Volatile.Read(ref _signal) is not null)
        {
            return;
        }

        lock (_loaders)
        {
            if (_signal is null)
            {
                Completed = new ConcurrentQueue<Action>();
                Volatile.Write(ref _signal, new SemaphoreSlim(0));
            }
        }
    }

    private void OnLoadPending()
    {
        Volatile.Write(ref _loadsPending, 1);
        EnsureAsyncQueue();
        Signal!.Release();
    }
}
