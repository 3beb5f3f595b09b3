using System.Diagnostics;

namespace SupportGrains.GraphQL.Tests;

/// <summary>Runs the npm reference tools in tests/js. Missing tools are a failure with the fix in the message, never a skip.</summary>
internal static class NodeTools
{
    public static void EnsureInstalled()
    {
        var modules = Path.Combine(RepositoryPaths.TestTools, "node_modules", "graphql");
        if (!Directory.Exists(modules))
        {
            throw new InvalidOperationException($"graphql-js is not installed: run `npm ci` in {RepositoryPaths.TestTools} (.ci/run does this).");
        }
    }

    /// <summary>Runs a script with the given standard input; returns its standard output.</summary>
    public static async Task<string> RunAsync(string script, string input, params string[] arguments)
    {
        EnsureInstalled();
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = RepositoryPaths.TestTools,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("node could not be started: is Node.js installed?");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"node {script} failed ({process.ExitCode}): {await error}");
        }

        return await output;
    }
}
