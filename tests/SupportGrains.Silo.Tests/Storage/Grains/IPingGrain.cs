using Orleans;

namespace SupportGrains.Silo.Tests.Storage;

public interface IPingGrain : IGrainWithIntegerKey
{
    Task<string> Where();
}
