namespace SupportGrains.Silo.Persistence;

/// <summary>Persistent state the runtime reads before the grain's OnActivateAsync.</summary>
internal interface IStateLoader
{
    Task ReadStateAsync(CancellationToken cancellationToken);
}
