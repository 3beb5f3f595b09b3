using System.Globalization;
using System.Text;

namespace SupportGrains.Api.Tests.Hostile;

/// <summary>What one hostile request came to: its outcome, the app's CPU time over it, and a problem if it broke a rule.</summary>
public sealed record HostileResult(HostileRequest Request, int Status, string Outcome, TimeSpan Cpu, TimeSpan Wall, string? Problem, string BodyStart);

/// <summary>
/// The tallies of a hostile-input run — requests by kind and outcome, the app's CPU time per
/// request and its memory — and every problem found, printed as the test's output.
/// </summary>
public sealed class HostileReport
{
    private readonly Dictionary<string, Dictionary<string, int>> _byKind = [];
    private readonly Dictionary<string, int> _byOutcome = [];
    private readonly Dictionary<string, int> _byIdentity = [];
    private readonly Dictionary<string, (TimeSpan Max, HostileRequest Request)> _maxCpuByKind = [];
    private readonly List<HostileResult> _problems = [];

    public int Requests { get; private set; }

    public IReadOnlyList<HostileResult> Problems => _problems;

    public TimeSpan MaxCpu { get; private set; }

    public HostileRequest? MaxCpuRequest { get; private set; }

    public TimeSpan TotalCpu { get; private set; }

    public long BaselineResidentBytes { get; set; }

    public long MaxResidentBytes { get; private set; }

    public long PeakResidentBytes { get; set; }

    public TimeSpan Duration { get; set; }

    public void Add(HostileResult result, long residentBytes)
    {
        ArgumentNullException.ThrowIfNull(result);
        Requests++;
        var kind = result.Request.Kind;
        var outcomes = _byKind.TryGetValue(kind, out var found) ? found : _byKind[kind] = [];
        outcomes[result.Outcome] = outcomes.GetValueOrDefault(result.Outcome) + 1;
        _byOutcome[result.Outcome] = _byOutcome.GetValueOrDefault(result.Outcome) + 1;
        var identity = result.Request.Identity ?? "(no one)";
        _byIdentity[identity] = _byIdentity.GetValueOrDefault(identity) + 1;
        TotalCpu += result.Cpu;
        if (!_maxCpuByKind.TryGetValue(kind, out var max) || result.Cpu > max.Max)
        {
            _maxCpuByKind[kind] = (result.Cpu, result.Request);
        }

        if (result.Cpu > MaxCpu)
        {
            MaxCpu = result.Cpu;
            MaxCpuRequest = result.Request;
        }

        MaxResidentBytes = Math.Max(MaxResidentBytes, residentBytes);
        if (result.Problem is not null)
        {
            _problems.Add(result);
        }
    }

    /// <summary>Adds a problem found outside any one request (the app died, /health did not answer, memory over the limit).</summary>
    public void AddProblem(HostileResult result) => _problems.Add(result);

    public override string ToString()
    {
        var text = new StringBuilder();
        var outcomes = _byOutcome.OrderByDescending(o => o.Value).Select(o => o.Key).ToList();
        text.AppendLine(CultureInfo.InvariantCulture, $"{Requests:N0} requests in {Duration.TotalSeconds:0} s; the app used {TotalCpu.TotalSeconds:0.0} s of CPU");
        text.AppendLine(CultureInfo.InvariantCulture, $"max CPU for one request: {MaxCpu.TotalMilliseconds:0} ms ({MaxCpuRequest})");
        text.AppendLine(CultureInfo.InvariantCulture,
            $"memory (resident): {Mb(BaselineResidentBytes)} before, at most {Mb(MaxResidentBytes)} sampled after each request, kernel peak (VmHWM) {Mb(PeakResidentBytes)}");
        text.AppendLine("\nby outcome:");
        foreach (var outcome in outcomes)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {_byOutcome[outcome],7:N0}  {outcome}");
        }

        text.AppendLine("\nby sender:");
        foreach (var (identity, count) in _byIdentity.OrderByDescending(i => i.Value))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {count,7:N0}  {identity}");
        }

        text.AppendLine("\nby kind (count, max CPU of one request, outcomes):");
        foreach (var (kind, counts) in _byKind.OrderByDescending(k => k.Value.Values.Sum()))
        {
            var detail = string.Join(", ", counts.OrderByDescending(c => c.Value).Select(c => $"{c.Key} {c.Value:N0}"));
            text.AppendLine(CultureInfo.InvariantCulture, $"  {counts.Values.Sum(),7:N0}  {kind,-20} {_maxCpuByKind[kind].Max.TotalMilliseconds,5:0} ms  {detail}");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"\n{_problems.Count} problems");
        foreach (var problem in _problems.Take(60))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- {problem.Problem}: {problem.Request}");
            text.AppendLine(CultureInfo.InvariantCulture, $"    sent: {problem.Request.BodyPreview(200)}");
            text.AppendLine(CultureInfo.InvariantCulture, $"    answer: HTTP {problem.Status}, {problem.Cpu.TotalMilliseconds:0} ms CPU: {problem.BodyStart}");
        }

        return text.ToString();
    }

    private static string Mb(long bytes) => $"{bytes / (1024.0 * 1024):0} MB";
}
