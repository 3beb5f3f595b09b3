using System.Globalization;

namespace SupportGrains.Reliability.Tests;

/// <summary>
/// How hard the reliability tests push: the short mode (the default, what CI runs, a few kills per
/// store) or the full one (SUPPORTGRAINS_RELIABILITY=full: at least 20 kills per store). The seed of
/// the random moments and choices is printed with every run and can be given again with
/// SUPPORTGRAINS_RELIABILITY_SEED to repeat the same choices.
/// </summary>
public static class ReliabilityMode
{
    /// <summary>The environment variable choosing the mode: <c>full</c>, or anything else (or nothing) for short.</summary>
    public const string Variable = "SUPPORTGRAINS_RELIABILITY";

    /// <summary>The environment variable giving the seed of a run to repeat.</summary>
    public const string SeedVariable = "SUPPORTGRAINS_RELIABILITY_SEED";

    /// <summary>A file the long runs also write their progress to as it happens (the test's own output comes only at its end).</summary>
    public const string LogVariable = "SUPPORTGRAINS_RELIABILITY_LOG";

    /// <summary>Whether this is the full mode.</summary>
    public static bool IsFull { get; } = string.Equals(Environment.GetEnvironmentVariable(Variable), "full", StringComparison.OrdinalIgnoreCase);

    /// <summary>"short" or "full", for the reports.</summary>
    public static string Name => IsFull ? "full" : "short";

    /// <summary>The seed given in the environment, or one made for this run.</summary>
    public static int Seed { get; } = int.TryParse(Environment.GetEnvironmentVariable(SeedVariable), NumberStyles.Integer, CultureInfo.InvariantCulture, out var given)
        ? given
        : Random.Shared.Next(1, 1_000_000);

    /// <summary>The short figure or the full one, by mode.</summary>
    public static int Choose(int shortMode, int fullMode) => IsFull ? fullMode : shortMode;
}
