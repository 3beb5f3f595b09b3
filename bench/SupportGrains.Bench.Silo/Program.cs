using SupportGrains.Bench.Silo;

// Prints the grain runtime's figures; see README "Benchmarks". Arguments: [seconds per load] [activations]
var seconds = args.Length > 0 ? double.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 5;
var activations = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000;

Console.WriteLine($"SupportGrains silo bench — {Environment.ProcessorCount} cores, .NET {Environment.Version}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
if (seconds > 0)
{
    await CallBench.RunAsync(TimeSpan.FromSeconds(seconds));
}

await DurableWriteBench.RunAsync(TimeSpan.FromSeconds(Math.Max(seconds, 3)));
await ActivationBench.RunAsync(activations);
