using Microsoft.Extensions.Logging;

namespace SupportGrains.Silo.Hosting;

// Orleans' own filter retries only a refused connection, and only for about three minutes; a client that
// starts before any silo of its cluster (the app started first, or all silos restarting) meets other
// failures: no membership tables yet, or no active silo in them. Either way the client stopped, and the
// app with it. This one waits, saying why, until a silo answers or the app is stopped.
internal sealed partial class ClusterConnectionRetry(SiloSettings settings, ILogger<ClusterConnectionRetry> logger) : IClientConnectionRetryFilter
{
    private static readonly TimeSpan FirstDelay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(5);
    private TimeSpan _delay = FirstDelay;

    public async Task<bool> ShouldRetryConnectionAttempt(Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(exception);
        LogWaiting(logger, settings.ClusterId, exception.Message, _delay.TotalSeconds);
        try
        {
            await Task.Delay(_delay, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return false;
        }

        _delay = _delay * 2 < MaxDelay ? _delay * 2 : MaxDelay;
        return true;
    }

    [LoggerMessage(1, LogLevel.Warning, "No silo of cluster {ClusterId} answers yet ({Reason}); trying again in {Seconds} s. Start the silos, or check Cluster:ClusterId and the store's settings.")]
    private static partial void LogWaiting(ILogger logger, string clusterId, string reason, double seconds);
}
