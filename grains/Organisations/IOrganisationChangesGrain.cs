namespace SupportGrains.Grains.Organisations;

/// <summary>
/// Observers of an organisation's changes, kept by its organisation grain (same key), which hears of
/// every change through <see cref="IOrganisationGrain.SnapshotChangedAsync"/>.
/// </summary>
[Alias("SupportGrains.IOrganisationChangesGrain")]
public interface IOrganisationChangesGrain : IGrainWithStringKey
{
    /// <summary>
    /// Tells the observer of each change from now on, for a few minutes: subscribe again to keep
    /// hearing. Interleaves: it only touches the list of observers, so it never waits for a snapshot
    /// being gathered.
    /// </summary>
    [AlwaysInterleave, Alias("Subscribe")]
    Task SubscribeAsync(IOrganisationObserver observer);

    [AlwaysInterleave, Alias("Unsubscribe")]
    Task UnsubscribeAsync(IOrganisationObserver observer);
}
