using System.Diagnostics;
using SupportGrains.GraphQL.Execution;
using SupportGrains.GraphQL.Language;
using SupportGrains.GraphQL.Types;

namespace SupportGrains.Bench.GraphQL;

/// <summary>
/// Parse + validate + execute in-process, one thread, no document cache (every iteration parses
/// the text and validates the document again), result serialised to JSON bytes as the endpoint does.
/// Beside it, the parts (parse; validate) and "warm": the same request with the document cache the
/// HTTP endpoint uses, so only execution and serialisation remain.
/// </summary>
internal static class InProcessBench
{
    public static async Task RunAsync(Schema schema, TimeSpan duration)
    {
        var executor = new GraphQLExecutor(schema);
        Console.WriteLine();
        Console.WriteLine("In-process: parse + validate + execute + write JSON, no document cache, one thread");
        Console.WriteLine($"  {"document",-28} {"µs/op (median)",15} {"min",8} {"bytes alloc/op",15} {"target",8}         {"of which: parse",16} {"validate",9} {"warm",8}");
        await Case(executor, "(a) three fields", Documents.ThreeFields, 10, duration);
        await Case(executor, "(b) fragments", Documents.WithFragments, 20, duration);
        await Case(executor, "(c) full introspection", Documents.Introspection, 250, duration);
    }

    private static async Task Case(GraphQLExecutor executor, string label, string text, double targetMicroseconds, TimeSpan duration)
    {
        var (total, min, bytes) = await Measure(label, text, duration, async () =>
        {
            var result = await executor.ExecuteAsync(new ExecutionRequest { Document = Parser.Parse(text) });
            if (result.Errors.Count > 0)
            {
                throw new InvalidOperationException($"{label}: {result.Errors[0].Message}");
            }

            Output.ResetWrittenCount();
            ResultJson.Write(result, Output);
        });
        var (parse, _, _) = await Measure(label, text, duration / 3, () =>
        {
            Parser.Parse(text);
            return Task.CompletedTask;
        });
        var document = Parser.Parse(text);
        var (validate, _, _) = await Measure(label, text, duration / 3, () =>
        {
            executor.Prepare(document);
            return Task.CompletedTask;
        });
        var (warm, _, _) = await Measure(label, text, duration / 3, async () =>
        {
            // As the HTTP endpoint runs: the document text is parsed and validated once, then cached.
            var result = await executor.ExecuteAsync(new ExecutionRequest { Query = text });
            Output.ResetWrittenCount();
            ResultJson.Write(result, Output);
        });
        Console.WriteLine($"  {label,-28} {total,15:0.00} {min,8:0.00} {bytes,15:N0} {"≤ " + targetMicroseconds,8}  {(total <= targetMicroseconds ? "met   " : "MISSED")} {parse,16:0.00} {validate,9:0.00} {warm,8:0.00}");
    }

    private static readonly System.Buffers.ArrayBufferWriter<byte> Output = new(64 * 1024);

    /// <summary>Median and minimum µs per call over ten rounds after a warm-up, and bytes allocated per call.</summary>
    private static async Task<(double Median, double Min, long Bytes)> Measure(string label, string text, TimeSpan duration, Func<Task> once)
    {
        // Warm up (tiered compilation and PGO) for a third of the time, then measure rounds.
        var warmUntil = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds / 3 * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < warmUntil)
        {
            await once();
        }

        var rounds = new List<double>();
        long allocated = 0, operations = 0;
        var roundLength = duration / 10;
        for (var round = 0; round < 10; round++)
        {
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var started = Stopwatch.GetTimestamp();
            var end = started + (long)(roundLength.TotalSeconds * Stopwatch.Frequency);
            var count = 0;
            while (Stopwatch.GetTimestamp() < end)
            {
                for (var i = 0; i < 16; i++)
                {
                    await once();
                }

                count += 16;
            }

            var elapsed = Stopwatch.GetElapsedTime(started);
            rounds.Add(elapsed.TotalMicroseconds / count);
            allocated += GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
            operations += count;
        }

        rounds.Sort();
        var median = (rounds[4] + rounds[5]) / 2;
        return (median, rounds[0], allocated / operations);
    }
}
