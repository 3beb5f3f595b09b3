using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace SupportGrains.Silo.Runtime;

/// <summary>The runtime's instruments (Meter "SupportGrains.Silo") and its ActivitySource.</summary>
internal sealed class SiloMetrics : IDisposable
{
    public const string MeterName = "SupportGrains.Silo";

    public static readonly ActivitySource Tracing = new(MeterName);

    private readonly Counter<long> _calls;
    private readonly Counter<long> _callErrors;
    private readonly Histogram<double> _callDuration;
    private readonly UpDownCounter<long> _activations;
    private readonly Counter<long> _activationFailures;
    private readonly Histogram<double> _storageDuration;
    private readonly Counter<long> _storageFailures;
    private readonly bool _ownsMeter;

    public SiloMetrics(IMeterFactory? meterFactory)
    {
        Meter = meterFactory?.Create(MeterName) ?? new Meter(MeterName);
        _ownsMeter = meterFactory is null;
        _calls = Meter.CreateCounter<long>("supportgrains.silo.calls", description: "Grain calls sent");
        _callErrors = Meter.CreateCounter<long>("supportgrains.silo.call.errors", description: "Grain calls that ended in an error, by kind");
        _callDuration = Meter.CreateHistogram<double>("supportgrains.silo.call.duration", unit: "ms", description: "Time from sending a grain call to its answer");
        _activations = Meter.CreateUpDownCounter<long>("supportgrains.silo.activations", description: "Live activations");
        _activationFailures = Meter.CreateCounter<long>("supportgrains.silo.activation.failures", description: "Activations that failed (state read or OnActivateAsync)");
        _storageDuration = Meter.CreateHistogram<double>("supportgrains.silo.storage.duration", unit: "ms", description: "Grain state storage operations");
        _storageFailures = Meter.CreateCounter<long>("supportgrains.silo.storage.failures", description: "Grain state storage operations that failed");
    }

    public Meter Meter { get; }

    public void CallSent(GrainRequest request, GrainClass grainClass)
    {
        _calls.Add(1);
        if (_callDuration.Enabled)
        {
            request.TimedAt = Stopwatch.GetTimestamp();
        }

        if (Tracing.HasListeners())
        {
            request.Activity = Tracing.StartActivity($"{grainClass.TypeName}.{request.MethodName}", ActivityKind.Internal);
        }
    }

    public void CallFinished(GrainRequest request)
    {
        if (request.TimedAt != 0)
        {
            _callDuration.Record(Stopwatch.GetElapsedTime(request.TimedAt).TotalMilliseconds);
        }

        if (request.Error is not null)
        {
            CallFailed("exception");
            request.Activity?.SetStatus(ActivityStatusCode.Error, request.Error.Message);
        }

        request.Activity?.Dispose();
    }

    public void CallFailed(string kind) => _callErrors.Add(1, new KeyValuePair<string, object?>("kind", kind));

    public void Activated() => _activations.Add(1);

    public void Deactivated() => _activations.Add(-1);

    public void ActivationFailed() => _activationFailures.Add(1);

    public void StorageOperation(string operation, long startedAt) =>
        _storageDuration.Record(Stopwatch.GetElapsedTime(startedAt).TotalMilliseconds, new KeyValuePair<string, object?>("operation", operation));

    public void StorageFailure(string operation) => _storageFailures.Add(1, new KeyValuePair<string, object?>("operation", operation));

    public void Dispose()
    {
        if (_ownsMeter)
        {
            Meter.Dispose();
        }
    }
}
