using Orleans;

namespace SupportGrains.Silo.Tests.Storage;

// Grain<T>: Orleans names this state "state".
public interface IClassicGrain : IGrainWithStringKey
{
    Task Set(int value);
}
