using System.Globalization;

namespace SupportGrains.Bench.Api;

/// <summary>How busy the machine is: figures taken while other work runs on the same cores read low, so the bench says so beside them.</summary>
internal static class Machine
{
    /// <summary>The load average over 1, 5 and 15 minutes (Linux), as "load average 0.52 0.61 0.70 on 2 cores".</summary>
    public static string Load
    {
        get
        {
            var text = File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
            return $"load average {text} on {Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture)} cores";
        }
    }
}
