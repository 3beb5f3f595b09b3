using System.Globalization;

namespace SupportGrains.Api.Tests.Hostile;

/// <summary>
/// How a hostile-input run is set, from environment variables: <c>HOSTILE=full</c> for
/// the full run (10,000 requests; the short run CI makes sends 2,000), <c>HOSTILE_SEED</c> for
/// another seed, <c>HOSTILE_REQUESTS</c> for another count, and <c>HOSTILE_ONLY=17,4242</c> to
/// send only those requests again.
/// </summary>
public sealed record HostileSettings(string Mode, int Seed, int Requests, IReadOnlyList<int>? Only)
{
    public const int DefaultSeed = 20261124;
    public const int ShortRequests = 2_000;
    public const int FullRequests = 10_000;

    public static HostileSettings FromEnvironment()
    {
        var mode = Environment.GetEnvironmentVariable("HOSTILE") is "full" ? "full" : "short";
        var seed = Number("HOSTILE_SEED") ?? DefaultSeed;
        var requests = Number("HOSTILE_REQUESTS") ?? (mode == "full" ? FullRequests : ShortRequests);
        var only = Environment.GetEnvironmentVariable("HOSTILE_ONLY") is { Length: > 0 } list
            ? list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(i => int.Parse(i, CultureInfo.InvariantCulture)).ToList()
            : null;
        return new HostileSettings(mode, seed, requests, only);
    }

    /// <summary>The indexes of the requests to send.</summary>
    public IEnumerable<int> Indexes => Only ?? Enumerable.Range(0, Requests);

    public override string ToString() =>
        $"{Mode} run, seed {Seed} (HOSTILE_SEED), {(Only is null ? $"{Requests:N0} requests" : $"only requests {string.Join(", ", Only)}")}";

    private static int? Number(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } text ? int.Parse(text, CultureInfo.InvariantCulture) : null;
}
