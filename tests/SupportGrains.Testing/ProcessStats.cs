using System.Globalization;
using System.Diagnostics;

namespace SupportGrains.Testing;

/// <summary>
/// What Linux says about another process in /proc/&lt;pid&gt;: the CPU time it has used (all its
/// threads, user and kernel, in clock ticks of usually 10 ms), its resident memory now and at its
/// peak (VmHWM, the kernel's own high-water mark, so a spike between two samples is not missed).
/// </summary>
public static class ProcessStats
{
    private static readonly Lazy<long> TicksPerSecond = new(ReadTicksPerSecond);

    /// <summary>The process's CPU time so far (utime + stime).</summary>
    public static TimeSpan CpuTime(int processId)
    {
        // The command name, in parentheses, may itself hold spaces and parentheses: fields count from the last ')'.
        var stat = File.ReadAllText($"/proc/{processId}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds((double)ticks / TicksPerSecond.Value);
    }

    /// <summary>The resident set now (VmRSS), in bytes.</summary>
    public static long ResidentBytes(int processId) => StatusKilobytes(processId, "VmRSS:") * 1024;

    /// <summary>The largest resident set the process has had (VmHWM), in bytes.</summary>
    public static long PeakResidentBytes(int processId) => StatusKilobytes(processId, "VmHWM:") * 1024;

    /// <summary>The CPU time one tick stands for: the resolution of <see cref="CpuTime"/>.</summary>
    public static TimeSpan Resolution => TimeSpan.FromSeconds(1.0 / TicksPerSecond.Value);

    private static long StatusKilobytes(int processId, string field)
    {
        foreach (var line in File.ReadLines($"/proc/{processId}/status"))
        {
            if (line.StartsWith(field, StringComparison.Ordinal))
            {
                return long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
            }
        }

        throw new InvalidOperationException($"/proc/{processId}/status has no {field}");
    }

    // USER_HZ: 100 on every mainstream Linux, asked of getconf in case this one differs.
    private static long ReadTicksPerSecond()
    {
        try
        {
            using var getconf = Process.Start(new ProcessStartInfo("getconf", "CLK_TCK") { RedirectStandardOutput = true, UseShellExecute = false });
            var text = getconf?.StandardOutput.ReadToEnd().Trim();
            getconf?.WaitForExit();
            return long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var ticks) && ticks > 0 ? ticks : 100;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return 100;
        }
    }
}
