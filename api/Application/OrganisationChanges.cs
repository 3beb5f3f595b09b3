using System.Collections.Concurrent;
using SupportGrains.Grains.Organisations;

namespace SupportGrains.Api.Application;

/// <summary>
/// Live updates for pages: one Orleans observer per organisation in this app process, subscribed to
/// the organisation grain (which hears of every change in the organisation), passing each change on
/// to every page listening to that organisation. The grain forgets an observer after a few minutes,
/// so the subscription is renewed every minute while anyone listens, and dropped when the last
/// listener goes.
/// </summary>
public sealed partial class OrganisationChanges(IGrainFactory grains, ILogger<OrganisationChanges> logger) : IAsyncDisposable
{
    private readonly IGrainFactory _grains = grains;
    private readonly ILogger _logger = logger;
    /// <summary>How often a subscription is renewed (the grain keeps one for five minutes).</summary>
    public static readonly TimeSpan Renewal = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, Feed> _feeds = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>
    /// Calls <paramref name="changed"/> after each change in the organisation, from when this returns
    /// (the subscription is in place by then, so a page that reads after it misses nothing) until the
    /// answer is disposed. Calls come from outside the page's render context: a component wraps its
    /// callback in <c>InvokeAsync</c>.
    /// </summary>
    public async Task<IAsyncDisposable> ListenAsync(string organisationId, Func<Task> changed)
    {
        ArgumentNullException.ThrowIfNull(changed);
        Feed feed;
        var listener = new Listener(changed);
        lock (_lock)
        {
            feed = _feeds.GetOrAdd(organisationId, id => new Feed(this, id));
            feed.Listeners.Add(listener);
        }

        try
        {
            await feed.Subscribed;
        }
        catch
        {
            await LeaveAsync(feed, listener);
            throw;
        }

        return new Subscription(this, feed, listener);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var feed in _feeds.Values)
        {
            await feed.StopAsync();
        }

        _feeds.Clear();
    }

    private async Task LeaveAsync(Feed feed, Listener listener)
    {
        bool last;
        lock (_lock)
        {
            feed.Listeners.Remove(listener);
            last = feed.Listeners.Count == 0 && _feeds.TryRemove(new KeyValuePair<string, Feed>(feed.OrganisationId, feed));
        }

        if (last)
        {
            await feed.StopAsync();
        }
    }

    [LoggerMessage(1, LogLevel.Warning, "A page's listener to organisation {OrganisationId} failed")]
    private static partial void LogListenerFailed(ILogger logger, Exception exception, string organisationId);

    [LoggerMessage(2, LogLevel.Warning, "Renewing the subscription to organisation {OrganisationId}'s changes failed; trying again in a minute")]
    private static partial void LogRenewalFailed(ILogger logger, Exception exception, string organisationId);

    private sealed class Listener(Func<Task> changed)
    {
        public Func<Task> Changed => changed;
    }

    private sealed class Subscription(OrganisationChanges owner, Feed feed, Listener listener) : IAsyncDisposable
    {
        private int _disposed;

        public ValueTask DisposeAsync() =>
            Interlocked.Exchange(ref _disposed, 1) == 0 ? new ValueTask(owner.LeaveAsync(feed, listener)) : ValueTask.CompletedTask;
    }

    /// <summary>The observer of one organisation: Orleans holds it weakly, so the feed keeps it alive.</summary>
    private sealed class Feed : IOrganisationObserver
    {
        private readonly OrganisationChanges _owner;
        private readonly IOrganisationChangesGrain _grain;
        private readonly IOrganisationObserver _reference;
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _renewing;

        public Feed(OrganisationChanges owner, string organisationId)
        {
            _owner = owner;
            OrganisationId = organisationId;
            _grain = owner._grains.GetGrain<IOrganisationChangesGrain>(organisationId);
            _reference = owner._grains.CreateObjectReference<IOrganisationObserver>(this);
            Subscribed = _grain.SubscribeAsync(_reference);
            _renewing = RenewAsync(_stop.Token);
        }

        public string OrganisationId { get; }

        /// <summary>Guarded by the owner's lock.</summary>
        public HashSet<Listener> Listeners { get; } = [];

        public Task Subscribed { get; }

        public Task ChangedAsync()
        {
            Listener[] listeners;
            lock (_owner._lock)
            {
                listeners = [.. Listeners];
            }

            foreach (var listener in listeners)
            {
                _ = TellAsync(listener);
            }

            return Task.CompletedTask;
        }

        public async Task StopAsync()
        {
            await _stop.CancelAsync();
            await _renewing;
            try
            {
                await _grain.UnsubscribeAsync(_reference);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The grain forgets the observer by itself within minutes.
            }

            _owner._grains.DeleteObjectReference<IOrganisationObserver>(_reference);
            _stop.Dispose();
        }

        private async Task TellAsync(Listener listener)
        {
            try
            {
                await listener.Changed();
            }
            catch (Exception e)
            {
                LogListenerFailed(_owner._logger, e, OrganisationId);
            }
        }

        private async Task RenewAsync(CancellationToken cancellationToken)
        {
            using var timer = new PeriodicTimer(Renewal);
            try
            {
                while (await timer.WaitForNextTickAsync(cancellationToken))
                {
                    try
                    {
                        await _grain.SubscribeAsync(_reference);
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        LogRenewalFailed(_owner._logger, e, OrganisationId);
                    }
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // The last listener has gone.
            }
        }
    }
}
