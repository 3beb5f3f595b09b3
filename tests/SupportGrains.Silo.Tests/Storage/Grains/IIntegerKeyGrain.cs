using Orleans;

namespace SupportGrains.Silo.Tests.Storage;

public interface IIntegerKeyGrain : IGrainWithIntegerKey
{
    Task Set(int value);

    Task<int> Get();
}
