using System.Collections.Concurrent;

namespace SupportGrains.Reliability.Tests.Concurrency;

/// <summary>
/// The changes of one wave, sent all at once (each starts on its own, in a seeded random order) and
/// awaited together; every attempt of the run is kept for the checks and the counts.
/// </summary>
public sealed class Attempts(Random random)
{
    private readonly ConcurrentBag<Attempt> _all = [];
    private readonly List<Func<Task<Attempt>>> _wave = [];
    private int _number;

    public IReadOnlyCollection<Attempt> All => _all;

    /// <summary>A new clientMutationId, naming what it is for.</summary>
    public string NewKey(string what) => $"{what}-{Interlocked.Increment(ref _number):D5}";

    /// <summary>Adds a change to the wave; the same change may be added more than once (the same key sent twice at once).</summary>
    public void Add<T>(string key, string what, Func<Grains.Common.ChangeContext, Task<T>> call) => _wave.Add(() => Attempt.SendAsync(key, what, call));

    /// <summary>Sends every change of the wave at once and waits for every answer.</summary>
    public async Task<IReadOnlyList<Attempt>> SendAsync()
    {
        var order = _wave.OrderBy(_ => random.Next()).ToList();
        _wave.Clear();
        var answered = await Task.WhenAll(order.Select(send => send()));
        foreach (var attempt in answered)
        {
            _all.Add(attempt);
        }

        return answered;
    }
}
