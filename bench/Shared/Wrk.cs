using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace SupportGrains.Bench;

/// <summary>One wrk run's figures: requests per second and latency percentiles as wrk measured them.</summary>
internal sealed record WrkResult(double RequestsPerSecond, TimeSpan P50, TimeSpan P99, long Requests, long Errors);

/// <summary>Drives wrk (Debian package) with a POST body from a second process on loopback.</summary>
internal static partial class Wrk
{
    public static void EnsureInstalled()
    {
        try
        {
            using var probe = Process.Start(new ProcessStartInfo("wrk", "--version") { RedirectStandardOutput = true, RedirectStandardError = true })!;
            probe.WaitForExit();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new InvalidOperationException("wrk is not installed: apt-get install -y wrk");
        }
    }

    /// <summary>Posts <paramref name="body"/> for <paramref name="duration"/>; <paramref name="headers"/> go with every request (a sign-in token, for one).</summary>
    public static async Task<WrkResult> PostAsync(string url, string body, int connections, int threads, TimeSpan duration, IReadOnlyDictionary<string, string>? headers = null)
    {
        var script = Path.Combine(Path.GetTempPath(), $"sg-wrk-{Guid.NewGuid():N}.lua");
        var extra = string.Concat((headers ?? new Dictionary<string, string>()).Select(h => $"\nwrk.headers[ [==[{h.Key}]==] ] = [==[{h.Value}]==]"));
        await File.WriteAllTextAsync(script, $"""
            wrk.method = "POST"
            wrk.body = [==[{body}]==]
            wrk.headers["Content-Type"] = "application/json"
            wrk.headers["Accept"] = "application/graphql-response+json, application/json"
            """ + extra);
        try
        {
            var start = new ProcessStartInfo("wrk")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[] { "-t", threads.ToString(CultureInfo.InvariantCulture), "-c", connections.ToString(CultureInfo.InvariantCulture),
                         "-d", $"{(int)duration.TotalSeconds}s", "--latency", "-s", script, url })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var output = await process.StandardOutput.ReadToEndAsync();
            var error = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"wrk failed: {error}{output}");
            }

            return Parse(output);
        }
        finally
        {
            File.Delete(script);
        }
    }

    private static WrkResult Parse(string output)
    {
        var rps = double.Parse(RequestsPerSecond().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
        var requests = long.Parse(Requests().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
        var errors = Non2xx().Match(output) is { Success: true } m ? long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        var socketErrors = SocketErrors().Match(output);
        if (socketErrors.Success)
        {
            errors += socketErrors.Groups.Values.Skip(1).Sum(g => long.Parse(g.Value, CultureInfo.InvariantCulture));
        }

        return new WrkResult(rps, Percentile(output, "50%"), Percentile(output, "99%"), requests, errors);
    }

    private static TimeSpan Percentile(string output, string label)
    {
        var match = Regex.Match(output, @"^\s*" + Regex.Escape(label) + @"\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline);
        var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch
        {
            "us" => TimeSpan.FromMicroseconds(value),
            "ms" => TimeSpan.FromMilliseconds(value),
            _ => TimeSpan.FromSeconds(value),
        };
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"(\d+) requests in")]
    private static partial Regex Requests();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)")]
    private static partial Regex Non2xx();

    [GeneratedRegex(@"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")]
    private static partial Regex SocketErrors();
}

/// <summary>A Node.js peer server from bench/js, started for the run and stopped after it.</summary>
internal sealed class NodePeer : IAsyncDisposable
{
    private readonly Process _process;

    private NodePeer(Process process, int port)
    {
        _process = process;
        Url = $"http://127.0.0.1:{port}/graphql";
    }

    public string Url { get; }

    /// <summary>The CPU time the peer's process has used so far (user and system).</summary>
    public TimeSpan ProcessorTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    public static async Task<NodePeer> StartAsync(string script, params string[] arguments)
    {
        var js = BenchPaths.Js;
        if (!Directory.Exists(Path.Combine(js, "node_modules", "graphql-http")))
        {
            throw new InvalidOperationException($"The graphql-js peer is not installed: run `npm ci` in {js}");
        }

        var port = FreePort();
        var start = new ProcessStartInfo("node") { WorkingDirectory = js, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(port.ToString(CultureInfo.InvariantCulture));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        var line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
        if (line is null || !line.StartsWith("listening", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"node {script} did not start: {line}{await process.StandardError.ReadToEndAsync()}");
        }

        return new NodePeer(process, port);
    }

    public static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}

internal static class BenchPaths
{
    public static string Root { get; } = FindRoot();

    public static string Js => Path.Combine(Root, "bench", "js");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SupportGrains.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run the bench from inside the repository (SupportGrains.sln not found above " + AppContext.BaseDirectory + ").");
    }
}
