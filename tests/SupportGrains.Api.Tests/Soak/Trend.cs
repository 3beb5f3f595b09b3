namespace SupportGrains.Api.Tests.Soak;

/// <summary>
/// Whether a quantity sampled over the soak has levelled off: the median of the last third of the
/// samples against the median of the middle third (the first third is warm-up: JIT, activations,
/// the heap finding its size), allowed to be higher by a fraction plus an absolute slack.
/// </summary>
public sealed record Trend(string Name, double Middle, double Last, double AllowedFraction, double AllowedAbsolute)
{
    public double Allowed => Middle * (1 + AllowedFraction) + AllowedAbsolute;

    public bool Flat => Last <= Allowed;

    public double Growth => Middle == 0 ? 0 : (Last - Middle) / Middle;

    public static Trend Of(string name, IReadOnlyList<double> samples, double allowedFraction, double allowedAbsolute)
    {
        ArgumentNullException.ThrowIfNull(samples);
        var third = samples.Count / 3;
        if (third == 0)
        {
            throw new InvalidOperationException($"{name}: {samples.Count} samples are too few for thirds.");
        }

        return new Trend(name, Median(samples.Skip(third).Take(third)), Median(samples.Skip(samples.Count - third)), allowedFraction, allowedAbsolute);
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
