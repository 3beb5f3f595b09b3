using System.Globalization;

namespace SupportGrains.Api.Tests.Operations;

/// <summary>Reads series out of Prometheus' text format.</summary>
public static class Prometheus
{
    /// <summary>The sum of every sample of a metric (all its label sets); null when the metric is not there.</summary>
    public static double? Sum(string text, string metric, string? labelContains = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        double? sum = null;
        foreach (var line in text.Split('\n'))
        {
            if (line.StartsWith('#') || !IsSampleOf(line, metric) || (labelContains is not null && !line.Contains(labelContains, StringComparison.Ordinal)))
            {
                continue;
            }

            var value = line[(line.LastIndexOf('}') is var brace && brace >= 0 ? brace + 1 : metric.Length)..].Trim().Split(' ')[0];
            sum = (sum ?? 0) + double.Parse(value, CultureInfo.InvariantCulture);
        }

        return sum;
    }

    /// <summary>The names of every metric with at least one sample.</summary>
    public static IReadOnlySet<string> Names(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('{', ' ')[0]).ToHashSet(StringComparer.Ordinal);
    }

    private static bool IsSampleOf(string line, string metric) =>
        line.StartsWith(metric, StringComparison.Ordinal) && line.Length > metric.Length && line[metric.Length] is '{' or ' ';
}
