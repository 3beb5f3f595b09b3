using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Utilities;

namespace SupportGrains.Grains.Organisations;

/// <summary>
/// The organisation tells its observers (pages showing it) of each change it hears of. Observers are
/// forgotten after a few minutes unless they subscribe again, so a page that went away without
/// unsubscribing costs nothing for long.
/// </summary>
public sealed partial class OrganisationGrain : IOrganisationChangesGrain
{
    private static readonly TimeSpan ObserverExpiry = TimeSpan.FromMinutes(5);
    private ObserverManager<IOrganisationObserver>? _observers;

    private ObserverManager<IOrganisationObserver> Observers => _observers ??=
        new(ObserverExpiry, ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger<OrganisationGrain>());

    public Task SubscribeAsync(IOrganisationObserver observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        Observers.Subscribe(observer, observer);
        return Task.CompletedTask;
    }

    public Task UnsubscribeAsync(IOrganisationObserver observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        Observers.Unsubscribe(observer);
        return Task.CompletedTask;
    }

    // One-way calls: telling never waits for a page, and a page that is gone is dropped by the manager.
    private void TellObservers()
    {
        if (_observers is { Count: > 0 } observers)
        {
            observers.Notify(o => o.ChangedAsync());
        }
    }
}
