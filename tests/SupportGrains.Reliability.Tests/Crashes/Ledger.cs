namespace SupportGrains.Reliability.Tests.Crashes;

/// <summary>Every change the clients of a crash run sent, in the order they were first sent, and how many have been acknowledged so far.</summary>
public sealed class Ledger
{
    private readonly List<SentChange> _changes = [];
    private readonly List<(int Count, TaskCompletionSource Reached)> _waiting = [];
    private int _acknowledged;

    public int Acknowledged => Volatile.Read(ref _acknowledged);

    public IReadOnlyList<SentChange> Changes
    {
        get
        {
            lock (_changes)
            {
                return [.. _changes];
            }
        }
    }

    public SentChange Add(Mutation mutation)
    {
        var sent = new SentChange(mutation, DateTimeOffset.UtcNow);
        lock (_changes)
        {
            _changes.Add(sent);
        }

        return sent;
    }

    public void CountAcknowledged()
    {
        var count = Interlocked.Increment(ref _acknowledged);
        lock (_waiting)
        {
            foreach (var waiting in _waiting.Where(w => w.Count <= count).ToList())
            {
                waiting.Reached.TrySetResult();
                _waiting.Remove(waiting);
            }
        }
    }

    /// <summary>Completes once <paramref name="count"/> changes have been acknowledged in all.</summary>
    public Task WhenAcknowledged(int count)
    {
        lock (_waiting)
        {
            if (Acknowledged >= count)
            {
                return Task.CompletedTask;
            }

            var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiting.Add((count, reached));
            return reached.Task;
        }
    }
}
