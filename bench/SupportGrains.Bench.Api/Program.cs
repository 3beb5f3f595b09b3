using System.Globalization;
using SupportGrains.Bench.Api;

// Prints the API's figures on the embedded default (SQLite); see README "Benchmarks".
// Arguments: [seconds per wrk run] [organisations for the memory and cold-start part]
var seconds = args.Length > 0 ? double.Parse(args[0], CultureInfo.InvariantCulture) : 10;
var organisations = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1000;

Console.WriteLine($"SupportGrains API bench — {Environment.ProcessorCount} cores, .NET {Environment.Version}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
var folder = Path.Combine(Path.GetTempPath(), "supportgrains-bench-" + Guid.NewGuid().ToString("N")[..8]);
Directory.CreateDirectory(folder);
try
{
    if (seconds > 0)
    {
        await LargeOrganisationBench.RunAsync(folder, TimeSpan.FromSeconds(seconds));
    }

    if (organisations > 0)
    {
        await ManyOrganisationsBench.RunAsync(folder, organisations);
    }
}
finally
{
    Directory.Delete(folder, recursive: true);
}
