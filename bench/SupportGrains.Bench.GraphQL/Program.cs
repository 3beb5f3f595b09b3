using System.Globalization;
using SupportGrains.Bench.GraphQL;

// Prints the GraphQL engine's figures; see README "Benchmarks".
// Arguments: [seconds per in-process case] [seconds per wrk run] [connections] [wrk threads]
var inProcess = TimeSpan.FromSeconds(args.Length > 0 ? double.Parse(args[0], CultureInfo.InvariantCulture) : 6);
var http = TimeSpan.FromSeconds(args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 10);
var connections = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 64;
var threads = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 2;

Console.WriteLine($"SupportGrains GraphQL bench — {Environment.ProcessorCount} cores, .NET {Environment.Version}, server GC {System.Runtime.GCSettings.IsServerGC}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
var schema = StarWars.Build();
if (inProcess > TimeSpan.Zero)
{
    await InProcessBench.RunAsync(schema, inProcess);
}

if (http > TimeSpan.Zero)
{
    await HttpBench.RunAsync(schema, http, connections, threads);
}
