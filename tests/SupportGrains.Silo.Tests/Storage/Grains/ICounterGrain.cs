using Orleans;

namespace SupportGrains.Silo.Tests.Storage;

public interface ICounterGrain : IGrainWithStringKey
{
    Task<int> Increment(string text);

    Task<CounterState> Get();

    Task<bool> RecordExists();

    Task<string?> ETag();

    Task Clear();

    // Returns the name of the exception the write threw inside the grain, or null when it succeeded.
    Task<string?> TryWrite(int value);
}
