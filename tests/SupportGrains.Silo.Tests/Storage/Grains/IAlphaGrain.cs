using Orleans;

namespace SupportGrains.Silo.Tests.Storage;

// Two unrelated grain classes that happen to use the same state name.
public interface IAlphaGrain : IGrainWithStringKey
{
    Task Set(string text);

    Task<string> Get();
}
