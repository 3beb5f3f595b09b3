namespace SupportGrains.Silo.Tests.Grains;

/// <summary>Records its turns; each call may wait at a named gate.</summary>
public interface ITurnGrain : IGrainWithStringKey
{
    Task WorkAsync(string name, string? gate);

    [AlwaysInterleave]
    Task InterleaveAsync(string name, string? gate);

    [ReadOnly]
    Task ReadAsync(string name, string? gate);

    Task DeactivateAsync();
}

/// <summary>The same, on a [Reentrant] grain class.</summary>
public interface IReentrantTurnGrain : IGrainWithStringKey
{
    Task WorkAsync(string name, string? gate);
}
