namespace SupportGrains.Bench.Silo;

/// <summary>The trivial call the bench measures: a number in, the next number out.</summary>
[Alias("SupportGrains.Bench.Silo.IPingGrain")]
public interface IPingGrain : IGrainWithIntegerKey
{
    [Alias("Ping")]
    ValueTask<long> PingAsync(long value);
}
