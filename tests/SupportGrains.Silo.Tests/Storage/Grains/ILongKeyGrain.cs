using Orleans;

namespace SupportGrains.Silo.Tests.Storage;

public interface ILongKeyGrain : IGrainWithIntegerCompoundKey
{
    Task Set(int value);

    Task<int> Get();
}
