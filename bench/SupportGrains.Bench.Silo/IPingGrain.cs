namespace SupportGrains.Bench.Silo;

/// <summary>
/// The trivial call the bench measures: a number in, the next number out. No attributes, on
/// purpose: against this interface in the same silo, in alternating rounds, [AlwaysInterleave],
/// [ReadOnly], [Immutable] on the argument and a Task&lt;long&gt; method none measured better
/// (median calls per CPU-second 345k, 360k and 349k against 358k for this one in one run;
/// [ReadOnly] 313k against 347k in another). A long is copied
/// for free, so there is nothing for [Immutable] to save, and with 100 callers over 1,000 grains
/// only about one call in ten finds its grain busy, so interleaving rarely has anything to overlap.
/// [OneWay] would skip the answer altogether, which is not the call this bench measures.
/// </summary>
[Alias("SupportGrains.Bench.Silo.IPingGrain")]
public interface IPingGrain : IGrainWithIntegerKey
{
    [Alias("Ping")]
    ValueTask<long> PingAsync(long value);
}
