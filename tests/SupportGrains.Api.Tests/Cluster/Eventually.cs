using System.Diagnostics;

namespace SupportGrains.Api.Tests.Cluster;

/// <summary>Waits on a condition with a deadline, for what happens in other processes in its own time.</summary>
public static class Eventually
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// Asks <paramref name="problem"/> until it answers null (nothing wrong any more) and answers how long
    /// that took; a failure counts as a problem. After <paramref name="timeout"/>, fails with the last problem.
    /// </summary>
    public static async Task<TimeSpan> Async(string what, TimeSpan timeout, Func<Task<string?>> problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var started = Stopwatch.GetTimestamp();
        var last = "not asked yet";
        while (Stopwatch.GetElapsedTime(started) is var elapsed && elapsed < timeout)
        {
            try
            {
                if (await problem().WaitAsync(timeout - elapsed) is not { } found)
                {
                    return Stopwatch.GetElapsedTime(started);
                }

                last = found;
            }
            catch (Exception e)
            {
                last = $"{e.GetType().Name}: {e.Message}";
            }

            await Task.Delay(Interval);
        }

        throw new TimeoutException($"{what}: not so after {timeout.TotalSeconds:0} s; last: {last}");
    }
}
