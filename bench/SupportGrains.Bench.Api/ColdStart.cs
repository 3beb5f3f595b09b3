using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace SupportGrains.Bench.Api;

/// <summary>What a cold host answered: how long it took to start, its first request, then one request per organisation.</summary>
internal sealed record ColdResult(bool Found, double StartMs, double FirstRequestMs, double[] PerOrganisationMs, double CpuMsPerOrganisation, JitCost Jit);

/// <summary>What the JIT did while organisations were asked, per organisation: methods compiled (at any tier) and the time it spent on every thread.</summary>
internal sealed record JitCost(double MethodsPerOrganisation, double MsPerOrganisation)
{
    public override string ToString() => $"the JIT compiled {MethodsPerOrganisation:0} methods in {MsPerOrganisation:0.0} ms each";
}

/// <summary>
/// Cold answers: the three organisation-wide questions of one organisation whose grains are all
/// inactive, so answering activates its people, staff, teams and knows grain from the store.
/// After a restart this runs in a new process of this program (<c>cold</c> mode), so its first
/// request pays for start-up and JIT as a restarted server's would. Each request is signed in as
/// the organisation's director, so a cold answer also activates that account's grain.
/// </summary>
internal static class ColdStart
{
    public const string Mode = "cold";

    private const string ResultLine = "cold-result ";

    /// <summary>
    /// One request per organisation, in turn, each signed in as that organisation's director
    /// (<paramref name="authorizations"/>: the Authorization header for each), each timed, with the
    /// process's CPU time per request; false when an organisation is not there.
    /// </summary>
    public static async Task<(bool Found, List<double> Ms, double CpuMs, JitCost Jit)> AskEachAsync(ApiHost host, IEnumerable<string> organisationIds, IReadOnlyDictionary<string, string> authorizations)
    {
        using var client = ApiHost.Client(new Dictionary<string, string>());
        var times = new List<double>();
        var cpu = ProcessorTime();
        var methods = System.Runtime.JitInfo.GetCompiledMethodCount();
        var jitting = System.Runtime.JitInfo.GetCompilationTime();
        foreach (var id in organisationIds)
        {
            var started = Stopwatch.StartNew();
            if (!await AskAsync(client, host.Url, id, authorizations[id]))
            {
                return (false, times, 0, new JitCost(0, 0));
            }

            times.Add(started.Elapsed.TotalMilliseconds);
        }

        var asked = Math.Max(1, times.Count);
        var jit = new JitCost(
            (System.Runtime.JitInfo.GetCompiledMethodCount() - methods) / (double)asked,
            (System.Runtime.JitInfo.GetCompilationTime() - jitting).TotalMilliseconds / asked);
        return (true, times, (ProcessorTime() - cpu).TotalMilliseconds / asked, jit);
    }

    /// <summary>
    /// The runtime settings an operator can give a restarted process when its first answers matter
    /// more than its request rate: no tiered PGO (a method goes from its first quick compilation
    /// straight to its optimised one, without an instrumented one between) and no delay before
    /// counting calls. README "The API" has what they cost in requests per second.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> ColdFirstSettings = new Dictionary<string, string>
    {
        ["DOTNET_TieredPGO"] = "0",
        ["DOTNET_TC_CallCountingDelayMs"] = "0",
    };

    /// <summary>
    /// Restarts the host on the same store in a new process and measures there, signed in with the
    /// tokens made before the restart (the store keeps them; they travel in a file beside the store).
    /// </summary>
    public static async Task<ColdResult> AfterRestartAsync(string sqlitePath, IReadOnlyList<string> organisationIds, IReadOnlyDictionary<string, string> authorizations, IReadOnlyDictionary<string, string>? environment = null)
    {
        var tokens = sqlitePath + ".tokens.json";
        await File.WriteAllTextAsync(tokens, JsonSerializer.Serialize(authorizations));
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
        {
            start.ArgumentList.Add(typeof(ColdStart).Assembly.Location);
        }

        foreach (var argument in new[] { Mode, sqlitePath, tokens }.Concat(organisationIds))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var line = (await output).Split('\n').FirstOrDefault(l => l.StartsWith(ResultLine, StringComparison.Ordinal));
        return process.ExitCode == 0 && line is not null
            ? JsonSerializer.Deserialize<ColdResult>(line[ResultLine.Length..])!
            : throw new InvalidOperationException($"The restarted host failed (exit {process.ExitCode}): {await error}{await output}");
    }

    /// <summary>The new process: start the host on the store, ask the first organisation, then each of the others.</summary>
    public static async Task RunChildAsync(string sqlitePath, string tokens, IReadOnlyList<string> organisationIds)
    {
        var authorizations = JsonSerializer.Deserialize<Dictionary<string, string>>(await File.ReadAllTextAsync(tokens))!;
        var starting = Stopwatch.StartNew();
        await using var host = await ApiHost.StartAsync(sqlitePath);
        var startMs = starting.Elapsed.TotalMilliseconds;
        using var client = ApiHost.Client(new Dictionary<string, string>());
        var first = Stopwatch.StartNew();
        var found = await AskAsync(client, host.Url, organisationIds[0], authorizations[organisationIds[0]]);
        var firstMs = first.Elapsed.TotalMilliseconds;
        var rest = found ? await AskEachAsync(host, organisationIds.Skip(1), authorizations) : (false, [], 0, new JitCost(0, 0));
        Console.WriteLine(ResultLine + JsonSerializer.Serialize(new ColdResult(found && rest.Found, startMs, firstMs, [.. rest.Ms], rest.CpuMs, rest.Jit)));
    }

    private static TimeSpan ProcessorTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    /// <summary>Asks the cold questions; false when the organisation is not found (a store that kept nothing).</summary>
    private static async Task<bool> AskAsync(HttpClient client, string url, string organisationId, string authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query = Queries.Cold(organisationId) }), Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Authorization", authorization);
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode || body.Contains("\"errors\"", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The cold query failed: {body}");
        }

        return !body.Contains("\"organisation\":null", StringComparison.Ordinal);
    }
}
