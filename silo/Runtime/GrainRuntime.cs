using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SupportGrains.Silo.Hosting;
using SupportGrains.Silo.Persistence;
using SupportGrains.Silo.Timers;

namespace SupportGrains.Silo.Runtime;

/// <summary>
/// The silo's runtime: hands out grain references, routes calls to activations (creating them on
/// first call), refuses call cycles, times out calls, collects idle activations, and shuts down
/// gracefully.
/// </summary>
public sealed partial class GrainRuntime : IGrainFactory, IAsyncDisposable
{
    private readonly ConcurrentDictionary<Type, InterfaceBinding> _bindings = new();
    private readonly ConcurrentDictionary<Type, GrainClass> _classes = new();
    private readonly long _responseTimeout;
    private ITimer? _maintenance;
    private int _maintaining;
    private volatile bool _stopping;
    private bool _stopped;

    public GrainRuntime(IServiceProvider services, SiloOptions options, TimeProvider? clock = null,
        ILoggerFactory? loggerFactory = null, IMeterFactory? meterFactory = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);
        Services = services;
        Options = options;
        Clock = clock ?? TimeProvider.System;
        Log = new RuntimeLog((loggerFactory ?? NullLoggerFactory.Instance).CreateLogger("SupportGrains.Silo"));
        Metrics = new SiloMetrics(meterFactory);
        Json = CreateJsonOptions(this);
        Reminders = new ReminderService(this, services.GetService<Storage.IReminderTable>());
        _responseTimeout = ToTimestampTicks(options.ResponseTimeout);
        CoarseNow = Clock.GetTimestamp();
    }

    /// <summary>The settings the runtime runs with.</summary>
    public SiloOptions Options { get; }

    /// <summary>The runtime's clock.</summary>
    public TimeProvider Clock { get; }

    /// <summary>How grain state is written as JSON (enums as strings, grain references as their keys).</summary>
    public JsonSerializerOptions Json { get; }

    internal IServiceProvider Services { get; }

    internal RuntimeLog Log { get; }

    internal SiloMetrics Metrics { get; }

    internal ReminderService Reminders { get; }

    /// <summary>The clock reading of the last maintenance sweep: a call's send time, at no cost per call.</summary>
    internal long CoarseNow { get; private set; }

    /// <summary>Whether a shutdown has begun.</summary>
    public bool IsStopping => _stopping;

    /// <summary>How many activations are live now.</summary>
    public int ActivationCount => _classes.Values.Sum(c => c.Directory.Count);

    public TGrain GetGrain<TGrain>(string key)
        where TGrain : IGrainWithStringKey => (TGrain)GetReference(typeof(TGrain), GrainKey.From(key));

    public TGrain GetGrain<TGrain>(Guid key)
        where TGrain : IGrainWithGuidKey => (TGrain)GetReference(typeof(TGrain), GrainKey.From(key));

    public TGrain GetGrain<TGrain>(long key)
        where TGrain : IGrainWithIntegerKey => (TGrain)GetReference(typeof(TGrain), GrainKey.From(key));

    /// <summary>A reference to a grain by interface type and key.</summary>
    public object GetReference(Type grainInterface, GrainKey key)
    {
        ArgumentNullException.ThrowIfNull(grainInterface);
        var binding = _bindings.GetOrAdd(grainInterface, Bind);
        if (binding.Class.KeyKind != key.Kind)
        {
            throw new ArgumentException($"{grainInterface.Name} takes a {binding.Class.KeyKind} key, not a {key.Kind} key.", nameof(key));
        }

        return binding.CreateReference(binding.Class, key);
    }

    /// <summary>Starts the maintenance sweep and the reminders that were persisted.</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        var period = Options.MaintenancePeriod;
        _maintenance = Clock.CreateTimer(_ => Maintain(), null, period, period);
        await Reminders.StartAsync(cancellationToken);
        Log.Started(Options.ServiceId);
    }

    /// <summary>
    /// Graceful shutdown: refuses new calls from outside grains, lets the requests in flight
    /// finish (calls they make still work), then deactivates every activation.
    /// </summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (_stopped)
        {
            return;
        }

        _stopping = true;
        Reminders.Stop();
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(Options.ShutdownTimeout);
        try
        {
            while (AllActivations().Any(a => a.IsBusy))
            {
                await Task.Delay(5, limit.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // Past the shutdown timeout: deactivate what is left regardless.
        }

        var activations = AllActivations().ToList();
        try
        {
            await Task.WhenAll(activations.Select(a => a.DeactivateAsync(DeactivationReason.Shutdown)))
                .WaitAsync(Options.ShutdownTimeout, CancellationToken.None);
        }
        catch (TimeoutException)
        {
            // OnDeactivateAsync is best effort; a stuck one does not hold the shutdown.
        }

        _maintenance?.Dispose();
        _stopped = true;
        Log.Stopped(activations.Count);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Metrics.Dispose();
    }

    internal void Send(GrainReference target, GrainRequest request)
    {
        var caller = SynchronizationContext.Current as GrainRequest;
        if (_stopping && caller is null)
        {
            request.AnswerCaller(new SiloUnavailableException($"The silo is shutting down: {target}.{request.MethodName} was not sent."));
            return;
        }

        request.Parent = caller;
        request.SentAt = CoarseNow;
        Metrics.CallSent(request, target.GrainClass);
        while (!target.ResolveActivation().Enqueue(request))
        {
            target.ForgetActivation();
        }
    }

    internal void Send(GrainClass grainClass, GrainKey key, GrainRequest request)
    {
        request.SentAt = CoarseNow;
        Metrics.CallSent(request, grainClass);
        Redispatch(grainClass, key, request);
    }

    internal void Redispatch(GrainClass grainClass, GrainKey key, GrainRequest request)
    {
        while (!grainClass.GetOrAddActivation(key).Enqueue(request))
        {
        }
    }

    internal void RefuseDeadlock(GrainRequest request, GrainRequest cycleStart)
    {
        var chain = new List<string>();
        for (var r = request; r is not null; r = r.Parent)
        {
            chain.Add(r.ToString());
            if (ReferenceEquals(r, cycleStart))
            {
                break;
            }
        }

        chain.Reverse();
        var error = new DeadlockException(chain);
        Metrics.CallFailed("deadlock");
        Log.Deadlock(error);
        request.MarkFinished();
        request.AnswerCaller(error);
    }

    internal void OnFinished(GrainRequest request)
    {
        if (request.AwaitsAnswer)
        {
            Metrics.CallFinished(request);
        }
    }

    internal GrainClass ClassOf(Type classType, GrainKeyKind keyKind) =>
        _classes.GetOrAdd(classType, t => new GrainClass(this, t, keyKind));

    private IEnumerable<Activation> AllActivations() => _classes.Values.SelectMany(c => c.Directory.Values);

    private void Maintain()
    {
        if (Interlocked.Exchange(ref _maintaining, 1) == 1)
        {
            return;
        }

        try
        {
            var now = Clock.GetTimestamp();
            CoarseNow = now;
            var expired = new List<GrainRequest>();
            foreach (var grainClass in _classes.Values)
            {
                var age = ToTimestampTicks(grainClass.CollectionAge);
                foreach (var activation in grainClass.Directory.Values)
                {
                    activation.Sweep(now, _responseTimeout, age, expired);
                }
            }

            foreach (var request in expired)
            {
                Metrics.CallFailed("timeout");
                Log.Timeout(request.ToString(), Options.ResponseTimeout);
                request.AnswerCaller(new TimeoutException(
                    $"{request} did not answer within {Options.ResponseTimeout.TotalSeconds:0.###} s (the response timeout)."));
            }
        }
        finally
        {
            Volatile.Write(ref _maintaining, 0);
        }
    }

    private long ToTimestampTicks(TimeSpan span) => (long)(span.TotalSeconds * Clock.TimestampFrequency);

    private static JsonSerializerOptions CreateJsonOptions(GrainRuntime runtime)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new JsonStringEnumConverter());
        options.Converters.Add(new GrainReferenceJsonConverterFactory(runtime));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    private sealed record InterfaceBinding(GrainClass Class, Func<GrainClass, GrainKey, GrainReference> CreateReference);
}
