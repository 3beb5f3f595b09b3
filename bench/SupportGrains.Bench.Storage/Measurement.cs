using System.Diagnostics;

namespace SupportGrains.Bench.Storage;

public sealed class Measurement(string name)
{
    private readonly List<long> _ticks = [];
    private readonly object _lock = new();

    public string Name { get; } = name;

    public double Seconds { get; private set; }

    public int Count => _ticks.Count;

    public double PerSecond => Count / Seconds;

    public double OwnCores { get; private set; }

    public double OtherCores { get; private set; }

    public double CpuMicrosecondsPerWrite { get; private set; }

    public double Percentile(double p)
    {
        lock (_lock)
        {
            if (_ticks.Count == 0)
            {
                return double.NaN;
            }

            var sorted = _ticks.Order().ToArray();
            var index = (int)Math.Ceiling(p / 100 * sorted.Length) - 1;
            return sorted[Math.Clamp(index, 0, sorted.Length - 1)] * 1000.0 / Stopwatch.Frequency;
        }
    }

    // Runs `workers` closed loops of `operation` for the warm-up, then for the measured window.
    public static double QuietLimit { get; set; } = 0.3;

    public static TimeSpan QuietWait { get; set; } = TimeSpan.FromSeconds(120);

    public double OthersBefore { get; private set; }

    public static async Task<Measurement> RunAsync(string name, int workers, TimeSpan warmUp, TimeSpan window, Func<int, Task> operation)
    {
        var measurement = new Measurement(name);
        measurement.OthersBefore = QuietWait > TimeSpan.Zero
            ? await MachineLoad.WaitForQuietAsync(QuietLimit, TimeSpan.FromSeconds(3), QuietWait)
            : double.NaN;
        var started = Stopwatch.GetTimestamp();
        var measureFrom = started + (long)(warmUp.TotalSeconds * Stopwatch.Frequency);
        var measureTo = measureFrom + (long)(window.TotalSeconds * Stopwatch.Frequency);
        var loadTask = Task.Run(async () =>
        {
            await Task.Delay(warmUp);
            var load = MachineLoad.Start();
            await Task.Delay(window);
            return load.Stop();
        });
        await Task.WhenAll(Enumerable.Range(0, workers).Select(worker => Task.Run(async () =>
        {
            var local = new List<long>();
            while (true)
            {
                var before = Stopwatch.GetTimestamp();
                if (before >= measureTo)
                {
                    break;
                }

                await operation(worker);
                var after = Stopwatch.GetTimestamp();
                if (after >= measureFrom && after <= measureTo)
                {
                    local.Add(after - before);
                }
            }

            lock (measurement._lock)
            {
                measurement._ticks.AddRange(local);
            }
        })));
        measurement.Seconds = window.TotalSeconds;
        var (own, others, ownSeconds) = await loadTask;
        measurement.OwnCores = own;
        measurement.OtherCores = others;
        measurement.CpuMicrosecondsPerWrite = ownSeconds * 1e6 / Math.Max(1, measurement.Count);
        return measurement;
    }
}
