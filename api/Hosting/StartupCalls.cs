using Orleans.Runtime;
using Orleans.Runtime.Messaging;

namespace SupportGrains.Api.Hosting;

/// <summary>
/// Grain calls an app process makes while it starts (the initial admin, the sample organisation and
/// its demo accounts), tried again while the cluster settles instead of stopping the process: a
/// silo killed a moment ago is still in the membership table, and calls routed through it are
/// rejected ("the target silo is no longer active") until the survivors notice, within seconds.
/// Anything else, or the same after <see cref="Patience"/>, stops the start as before.
/// </summary>
internal static partial class StartupCalls
{
    public static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    public static async Task RetryAsync(Func<Task> call, ILogger logger, string what, CancellationToken cancellationToken, TimeSpan? firstWait = null)
    {
        ArgumentNullException.ThrowIfNull(call);
        var started = TimeProvider.System.GetTimestamp();
        var wait = firstWait ?? TimeSpan.FromMilliseconds(250);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await call();
                return;
            }
            catch (Exception e) when (IsClusterSettling(e) && TimeProvider.System.GetElapsedTime(started) < Patience)
            {
                LogTryingAgain(logger, what, attempt, wait.TotalMilliseconds, e.Message);
                await Task.Delay(wait, cancellationToken);
                wait = TimeSpan.FromTicks(Math.Min(wait.Ticks * 2, TimeSpan.FromSeconds(5).Ticks));
            }
        }
    }

    /// <summary>A call that failed because a silo it was routed to has gone or cannot be reached yet.</summary>
    public static bool IsClusterSettling(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is OrleansMessageRejectionException or ConnectionFailedException or TimeoutException)
            {
                return true;
            }
        }

        return false;
    }

    [LoggerMessage(1, LogLevel.Warning, "Start-up: {What} failed while the cluster settles (attempt {Attempt}); trying again in {Milliseconds:0} ms: {Reason}")]
    private static partial void LogTryingAgain(ILogger logger, string what, int attempt, double milliseconds, string reason);
}
