using System.Globalization;
using System.Reflection;
using System.Runtime;
using SupportGrains.Bench.Silo;

// Prints the grain runtime's figures on Orleans, each beside its target and the bare-mailbox floor
// measured in the same run. Arguments: [seconds per load] [activations for the memory test]
var seconds = args.Length > 0 ? double.Parse(args[0], CultureInfo.InvariantCulture) : 5;
var activations = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000;
var inv = CultureInfo.InvariantCulture;

var orleansVersion = typeof(IGrainFactory).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split(' ', '+')[0].TrimEnd('.');
var gc = $"{(GCSettings.IsServerGC ? "server" : "workstation")} GC{(GCSettings.LatencyMode == GCLatencyMode.Batch ? ", non-concurrent" : ", concurrent")}";
Console.WriteLine(string.Create(inv, $"SupportGrains silo bench on Orleans {orleansVersion} — {Environment.ProcessorCount} cores, .NET {Environment.Version}, {gc}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC"));
Console.WriteLine($"machine load before the run: {LoadAverage()} (other work on this machine shares the cores; each figure below says how much of them the bench had)");
Console.WriteLine("durable writes: measured elsewhere for now (the durable-write bench is being rebuilt on Orleans storage separately)");

var silo = await BenchSilo.StartAsync();
if (seconds > 0)
{
    var calls = await CallBench.RunAsync(silo, TimeSpan.FromSeconds(seconds));
    var best = calls.BestOrleans;
    var floor = calls.BestFloor;
    var timeouts = calls.Orleans.Sum(r => r.Timeouts);
    var failures = calls.Orleans.Sum(r => r.Failures);
    var served = calls.Orleans.All(r => r.EveryCallerServed);
    var met = best.CallsPerSecond >= 600_000 && timeouts == 0 && failures == 0 && served;
    Console.WriteLine();
    Console.WriteLine(string.Create(inv,
        $"co-hosted grain calls: {best.CallsPerSecond:N0} calls/s (target ≥ 600,000 calls/s, 0 timeouts, every caller served: {MetOrMissed(met)}; floor bare mailbox {floor.CallsPerSecond:N0} calls/s, Orleans {100 * best.CallsPerSecond / floor.CallsPerSecond:0}% of it)"));
    Console.WriteLine(string.Create(inv,
        $"  load: {CallBench.Callers} callers over {CallBench.Grains:N0} grains, ping(long) → long, through the silo's co-hosted IGrainFactory; each caller awaits each call, then yields to the thread pool before its next (one call in flight per caller, no batching); best of {CallBench.Rounds} rounds of {seconds:0.#} s, Orleans and floor alternating"));
    PrintRuns("Orleans", calls.Orleans, best);
    PrintRuns("floor  ", calls.Floor, floor);
    Console.WriteLine(string.Create(inv,
        $"  timeouts {timeouts} and failures {failures} over all Orleans rounds; every caller served in every round: {(served ? "yes" : "no")} (each caller made at least a tenth of the average caller's calls)"));
    Console.WriteLine("  latency is one awaited call, from issuing it to its caller resuming; the time a caller then waits for a thread after yielding is not in it");
    Console.WriteLine(string.Create(inv,
        $"  had the bench had all {Environment.ProcessorCount} cores, Orleans would make about {best.CallsPerCpuSecond * Environment.ProcessorCount:N0} calls/s and the floor {floor.CallsPerCpuSecond * Environment.ProcessorCount:N0} (calls per CPU-second × cores, an estimate; the target is judged on the measured figure above)"));
}

if (activations > 0)
{
    var (orleans, floor) = await ActivationBench.RunAsync(silo, activations);
    Console.WriteLine();
    Console.WriteLine(string.Create(inv,
        $"memory per idle activation: {orleans.BytesPerItem:N0} bytes (target ≤ 2,000 bytes: {MetOrMissed(orleans.BytesPerItem <= 2_000)}; floor bare mailbox {floor.BytesPerItem:N0} bytes)"));
    Console.WriteLine(string.Create(inv,
        $"  {orleans.Count:N0} grains activated by a first call each, then idle; managed heap growth after a full compacting GC: {orleans.BytesPerItem:N0} B by GC.GetTotalMemory(true), {orleans.HeapBytesPerItem:N0} B by GC.GetGCMemoryInfo (heap less fragmentation)"));
    Console.WriteLine("  it includes the activation record with its service scope, work-item group, message loop and request queues, the grain directory entry and directory cache entry, the activation directory, collector and working-set entries, and the 24 B grain object (no fields of its own); not the caller's references, which are dropped");
    Console.WriteLine(string.Create(inv,
        $"activation cost: {orleans.PerSecond:N0} activations/s, {1_000_000 / orleans.PerSecond:N1} µs each (target: none, an extra figure; floor bare mailbox {floor.PerSecond:N0}/s into a concurrent dictionary)"));
}

Console.WriteLine();
Console.WriteLine($"machine load after the run: {LoadAverage()}");
await silo.StopAsync();
silo.Dispose();

void PrintRuns(string name, IReadOnlyList<Measure.Result> runs, Measure.Result best)
{
    var rates = string.Join(", ", runs.Select(r => (r.CallsPerSecond / 1_000_000).ToString("0.00", inv)));
    Console.WriteLine(string.Create(inv,
        $"  {name}: p50 {best.P50Micros:N0} µs, p99 {best.P99Micros:N0} µs, calls per caller min {best.MinPerCaller:N0} / max {best.MaxPerCaller:N0}; the bench had {100 * best.CpuShare:0}% of the cores, {best.CallsPerCpuSecond:N0} calls per CPU-second, {best.BytesAllocatedPerCall:N0} B allocated per call; all rounds M calls/s: {rates}"));
}

static string MetOrMissed(bool met) => met ? "met" : "MISSED";

static string LoadAverage() =>
    File.Exists("/proc/loadavg") ? "load average " + string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) + " (1, 5, 15 min)" : "unknown";
