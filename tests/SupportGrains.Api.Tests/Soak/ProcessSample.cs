namespace SupportGrains.Api.Tests.Soak;

/// <summary>
/// One look at the app process during the soak: its resident memory (from /proc), the managed heap
/// after the last collection and Orleans' activations (both from /metrics), and the machine's load.
/// </summary>
public sealed record ProcessSample(TimeSpan At, double ResidentBytes, double HeapBytes, double Activations, double LoadAverage)
{
    public static double ResidentOf(int pid)
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                return double.Parse(line[6..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) * 1024;
            }
        }

        throw new InvalidOperationException($"No VmRSS in /proc/{pid}/status.");
    }

    public static double MachineLoad() =>
        double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
}
