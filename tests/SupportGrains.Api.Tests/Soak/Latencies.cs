using System.Collections.Concurrent;

namespace SupportGrains.Api.Tests.Soak;

/// <summary>Every latency the soak measured, by operation; percentiles are read from the sorted samples.</summary>
public sealed class Latencies
{
    private readonly ConcurrentDictionary<string, ConcurrentBag<double>> _byOperation = new(StringComparer.Ordinal);

    public void Add(string operation, TimeSpan elapsed) => _byOperation.GetOrAdd(operation, _ => []).Add(elapsed.TotalMilliseconds);

    public IEnumerable<string> Operations => _byOperation.Keys.Order(StringComparer.Ordinal);

    public int Count(string operation) => _byOperation.TryGetValue(operation, out var samples) ? samples.Count : 0;

    /// <summary>The percentile (0–100) in milliseconds, nearest rank.</summary>
    public double Percentile(string operation, double percentile)
    {
        var sorted = _byOperation[operation].Order().ToArray();
        var rank = (int)Math.Ceiling(percentile / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}
