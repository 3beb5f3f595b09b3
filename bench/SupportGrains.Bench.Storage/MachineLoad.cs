using System.Diagnostics;
using System.Globalization;

namespace SupportGrains.Bench.Storage;

// CPU used during a window by this process and by other user-space processes on the machine (everything
// but this process, PostgreSQL's processes and kernel threads), so a run disturbed by other people's work on
// the box can be recognised. Kernel threads and interrupts are left out because this process's own fsyncs
// keep them busy too.
public sealed class MachineLoad
{
    private const double TicksPerSecond = 100.0;

    private readonly TimeSpan _ownStart;
    private readonly double _machineStart;
    private readonly Dictionary<int, double> _excludedStart;
    private readonly long _started;

    private MachineLoad()
    {
        _ownStart = Process.GetCurrentProcess().TotalProcessorTime;
        _machineStart = MachineBusySeconds();
        _excludedStart = ExcludedSeconds();
        _started = Stopwatch.GetTimestamp();
    }

    public static MachineLoad Start() => new();

    // Other engineers share this 2-core machine; a window they fill with builds says little about storage.
    // Waits (bounded) for a few seconds in which other processes used less than `limit` cores.
    public static async Task<double> WaitForQuietAsync(double limit, TimeSpan probe, TimeSpan giveUpAfter)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(giveUpAfter.TotalSeconds * Stopwatch.Frequency);
        while (true)
        {
            var load = Start();
            await Task.Delay(probe);
            var others = load.Stop().OtherCores;
            if (others < limit || Stopwatch.GetTimestamp() > deadline)
            {
                return others;
            }
        }
    }

    public (double OwnCores, double OtherCores, double OwnCpuSeconds) Stop()
    {
        var elapsed = Stopwatch.GetElapsedTime(_started).TotalSeconds;
        var own = (Process.GetCurrentProcess().TotalProcessorTime - _ownStart).TotalSeconds;
        var machine = MachineBusySeconds() - _machineStart;
        var excluded = ExcludedSeconds().Sum(process => process.Value - _excludedStart.GetValueOrDefault(process.Key));
        return (own / elapsed, Math.Max(0, machine - own - excluded) / elapsed, own);
    }

    private static double MachineBusySeconds()
    {
        // "cpu user nice system idle iowait irq softirq steal ...": process time only, no interrupts or steal.
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var busy = new[] { 1, 2, 3 }.Sum(i => double.Parse(fields[i], CultureInfo.InvariantCulture));
        return busy / TicksPerSecond;
    }

    // PostgreSQL's processes (uid 101) and kernel threads (children of kthreadd, pid 2).
    private static Dictionary<int, double> ExcludedSeconds()
    {
        var seconds = new Dictionary<int, double>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var pid))
            {
                continue;
            }

            try
            {
                var stat = File.ReadAllText(Path.Combine(directory, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                var kernelThread = pid == 2 || fields[1] == "2";
                if (!kernelThread && !File.ReadAllText(Path.Combine(directory, "status")).Contains("\nUid:\t101\t", StringComparison.Ordinal))
                {
                    continue;
                }

                seconds[pid] = (double.Parse(fields[11], CultureInfo.InvariantCulture) + double.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond;
            }
            catch (IOException)
            {
                // The process ended while being read.
            }
        }

        return seconds;
    }
}
