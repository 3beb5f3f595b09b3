namespace SupportGrains.Bench.Silo;

/// <summary>
/// The floor to measure the runtime against: a queue per actor, drained one item at a time on the
/// thread pool (one item per dispatch, then the actor goes to the back of the pool's queue),
/// answering through a TaskCompletionSource. No activation, no directory, no call chain, no
/// timeouts, no metrics. (Draining without a limit would let two callers whose continuations run
/// inline keep both threads forever and starve the other 98.)
/// </summary>
public sealed class BareMailbox : IThreadPoolWorkItem
{
    private readonly Queue<(long Value, TaskCompletionSource<long> Answer)> _queue = new();
    private bool _scheduled;

    public Task<long> PingAsync(long value)
    {
        var answer = new TaskCompletionSource<long>();
        var schedule = false;
        lock (_queue)
        {
            _queue.Enqueue((value, answer));
            if (!_scheduled)
            {
                _scheduled = schedule = true;
            }
        }

        if (schedule)
        {
            ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
        }

        return answer.Task;
    }

    public void Execute()
    {
        (long Value, TaskCompletionSource<long> Answer) item;
        lock (_queue)
        {
            item = _queue.Dequeue();
        }

        item.Answer.SetResult(item.Value + 1);
        lock (_queue)
        {
            if (_queue.Count == 0)
            {
                _scheduled = false;
                return;
            }
        }

        ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
    }
}
