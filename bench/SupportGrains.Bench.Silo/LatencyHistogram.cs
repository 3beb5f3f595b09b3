using System.Diagnostics;

namespace SupportGrains.Bench.Silo;

/// <summary>
/// Call latencies in buckets of 1 µs up to 10 ms and 1 ms above, to 1 s: fine enough for p50 and
/// p99 of calls that take tens of microseconds, and fixed in size so recording never allocates.
/// </summary>
public sealed class LatencyHistogram
{
    private const int FineBuckets = 10_000;
    private const int CoarseBuckets = 1_000;
    private static readonly double TicksPerMicro = Stopwatch.Frequency / 1_000_000.0;
    private readonly long[] _buckets = new long[FineBuckets + CoarseBuckets + 1];
    private long _count;

    public void Record(long ticks)
    {
        var micros = (long)(ticks / TicksPerMicro);
        var bucket = micros < FineBuckets
            ? micros
            : Math.Min(FineBuckets + ((micros - FineBuckets) / 1_000), FineBuckets + CoarseBuckets);
        _buckets[bucket]++;
        _count++;
    }

    public static LatencyHistogram Merge(IEnumerable<LatencyHistogram> histograms)
    {
        var merged = new LatencyHistogram();
        foreach (var histogram in histograms)
        {
            for (var i = 0; i < merged._buckets.Length; i++)
            {
                merged._buckets[i] += histogram._buckets[i];
            }

            merged._count += histogram._count;
        }

        return merged;
    }

    /// <summary>The upper edge of the bucket holding the given quantile, in microseconds.</summary>
    public double PercentileMicros(double quantile)
    {
        if (_count == 0)
        {
            return 0;
        }

        var rank = (long)Math.Ceiling(quantile * _count);
        long seen = 0;
        for (var i = 0; i < _buckets.Length; i++)
        {
            seen += _buckets[i];
            if (seen >= rank)
            {
                return i < FineBuckets ? i + 1 : FineBuckets + ((i - FineBuckets + 1) * 1_000.0);
            }
        }

        return double.PositiveInfinity;
    }
}
