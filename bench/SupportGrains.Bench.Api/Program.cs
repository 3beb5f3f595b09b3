using System.Globalization;
using SupportGrains.Bench.Api;

// Prints the API's figures on the embedded default's settings (Storage:Provider Sqlite); see README "Benchmarks".
// Arguments: [seconds per wrk run] [organisations for the memory and cold-start part]
// (The bench starts itself again as `cold <store> <tokens file> <organisation ids…>` to measure a restarted host.)
if (args.Length > 2 && args[0] == ColdStart.Mode)
{
    await ColdStart.RunChildAsync(args[1], args[2], args[3..]);
    return;
}

var seconds = args.Length > 0 ? double.Parse(args[0], CultureInfo.InvariantCulture) : 10;
var organisations = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1000;

Console.WriteLine($"SupportGrains API bench — {Environment.ProcessorCount} cores, .NET {Environment.Version}, {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; {Machine.Load}");
var folder = Path.Combine(Path.GetTempPath(), "supportgrains-bench-" + Guid.NewGuid().ToString("N")[..8]);
Directory.CreateDirectory(folder);
// BENCH_KEEP=1 keeps the folder (the store and the JSON the peer read) to look at afterwards.
var keep = Environment.GetEnvironmentVariable("BENCH_KEEP") == "1";
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
    if (!keep)
    {
        Directory.Delete(folder, recursive: true);
    }
}
