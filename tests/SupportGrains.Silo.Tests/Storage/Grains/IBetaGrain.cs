using Orleans;

namespace SupportGrains.Silo.Tests.Storage;

public interface IBetaGrain : IGrainWithStringKey
{
    Task Set(string text);

    Task<string> Get();
}
