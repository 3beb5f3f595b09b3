using System.Collections.Concurrent;

namespace SupportGrains.Silo.Tests.Grains;

/// <summary>
/// What test grains report to the test, and gates they wait at. A test registers its own
/// instance as a service, so parallel tests never see each other's events.
/// </summary>
public sealed class Probe
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _gates = new();
    private readonly ConcurrentDictionary<string, int> _counters = new();
    private int _inside;
    private int _maxInside;

    public ConcurrentQueue<string> Events { get; } = new();

    /// <summary>When (on the cluster's clock) named things happened.</summary>
    public ConcurrentDictionary<string, DateTimeOffset> Moments { get; } = new();

    public int MaxConcurrency => Volatile.Read(ref _maxInside);

    public void Record(string what) => Events.Enqueue(what);

    public int Count(string counter) => _counters.GetValueOrDefault(counter);

    public int Increment(string counter) => _counters.AddOrUpdate(counter, 1, (_, n) => n + 1);

    public Task Gate(string name) => _gates.GetOrAdd(name, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    public void Open(string name) => _gates.GetOrAdd(name, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    /// <summary>Marks code of one activation as running; counts how many run at once.</summary>
    public IDisposable Enter()
    {
        var inside = Interlocked.Increment(ref _inside);
        int max;
        while ((max = Volatile.Read(ref _maxInside)) < inside && Interlocked.CompareExchange(ref _maxInside, inside, max) != max)
        {
        }

        return new Leave(this);
    }

    private sealed class Leave(Probe probe) : IDisposable
    {
        public void Dispose() => Interlocked.Decrement(ref probe._inside);
    }
}
