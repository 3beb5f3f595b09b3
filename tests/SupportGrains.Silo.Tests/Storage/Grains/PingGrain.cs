using Orleans;
using Orleans.Runtime;

namespace SupportGrains.Silo.Tests.Storage;

public sealed class PingGrain : Grain, IPingGrain
{
    public Task<string> Where() => Task.FromResult(this.RuntimeIdentity);
}
