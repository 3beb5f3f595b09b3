using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using SupportGrains.Grains.Due;

namespace SupportGrains.Api.Due;

/// <summary>
/// A subscription's line to an organisation's due grain: an Orleans observer whose calls land in a
/// channel the subscription reads. The grain forgets an observer after a few minutes, so the feed
/// subscribes again every minute while it is read, and lets go when the reader does.
/// </summary>
internal sealed class DueFeed : IDueObserver
{
    private static readonly TimeSpan Renewal = TimeSpan.FromMinutes(1);
    private readonly Channel<RecordedDue> _recorded = Channel.CreateUnbounded<RecordedDue>(new UnboundedChannelOptions { SingleReader = true });

    public Task RecordedAsync(ImmutableArray<RecordedDue> recorded)
    {
        foreach (var item in recorded)
        {
            _recorded.Writer.TryWrite(item);
        }

        return Task.CompletedTask;
    }

    /// <summary>What is recorded from now on; with <paramref name="since"/>, first what was recorded on or after that day (each item once).</summary>
    public static async IAsyncEnumerable<object?> ReadAsync(IGrainFactory grains, string organisationId, DateOnly? since,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var due = grains.GetGrain<IDueGrain>(organisationId);
        var feed = new DueFeed();
        var observer = grains.CreateObjectReference<IDueObserver>(feed);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var renewing = Task.CompletedTask;
        try
        {
            // Subscribed before reading what was recorded, so nothing falls between the two.
            await due.SubscribeAsync(observer);
            renewing = feed.RenewAsync(due, observer, stop.Token);
            var sent = new HashSet<string>(StringComparer.Ordinal);
            if (since is { } day)
            {
                foreach (var earlier in (await due.RecordedAsync()).Where(r => r.RecordedOn >= day).Reverse())
                {
                    sent.Add(earlier.Item.Key);
                    yield return earlier;
                }
            }

            await foreach (var recorded in feed._recorded.Reader.ReadAllAsync(cancellationToken))
            {
                if (sent.Add(recorded.Item.Key))
                {
                    yield return recorded;
                }
            }
        }
        finally
        {
            await stop.CancelAsync();
            await renewing;
            try
            {
                await due.UnsubscribeAsync(observer);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The grain forgets the observer by itself within minutes.
            }

            grains.DeleteObjectReference<IDueObserver>(observer);
        }
    }

    private async Task RenewAsync(IDueGrain due, IDueObserver observer, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(Renewal);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                await due.SubscribeAsync(observer);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The reader has gone.
        }
        catch (Exception e)
        {
            // Without renewal the grain would forget the feed: end the subscription with the error instead of going quiet.
            _recorded.Writer.TryComplete(e);
        }
    }
}
