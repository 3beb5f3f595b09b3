namespace SupportGrains.Silo.Tests.Grains;

public interface IPingGrain : IGrainWithIntegerKey
{
    ValueTask<long> PingAsync(int add);
}

public interface IGuidGrain : IGrainWithGuidKey
{
    Task<Guid> KeyAsync();
}

[CollectionAgeLimit(Minutes = 2)]
public sealed class PingGrain : Grain, IPingGrain
{
    public ValueTask<long> PingAsync(int add) => ValueTask.FromResult(GetPrimaryKeyLong() + add);
}

public sealed class GuidGrain : Grain, IGuidGrain
{
    public Task<Guid> KeyAsync() => Task.FromResult(GetPrimaryKey());
}
