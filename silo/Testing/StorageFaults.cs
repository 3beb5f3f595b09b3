namespace SupportGrains.Silo.Testing;

/// <summary>Makes a test cluster's storage fail on demand, to test what callers see and what is left behind.</summary>
public sealed class StorageFaults
{
    private int _readsToFail;
    private int _writesToFail;

    /// <summary>Every read fails while set.</summary>
    public bool FailReads { get; set; }

    /// <summary>Every write and clear fails while set.</summary>
    public bool FailWrites { get; set; }

    /// <summary>The next read fails.</summary>
    public void FailNextRead() => Interlocked.Increment(ref _readsToFail);

    /// <summary>The next write (or clear) fails.</summary>
    public void FailNextWrite() => Interlocked.Increment(ref _writesToFail);

    /// <summary>No more failures.</summary>
    public void Reset()
    {
        FailReads = false;
        FailWrites = false;
        _readsToFail = 0;
        _writesToFail = 0;
    }

    internal void BeforeRead(Storage.GrainStateKey key)
    {
        if (FailReads || TryTake(ref _readsToFail))
        {
            throw new IOException($"Injected storage failure reading {key}.");
        }
    }

    internal void BeforeWrite(Storage.GrainStateKey key)
    {
        if (FailWrites || TryTake(ref _writesToFail))
        {
            throw new IOException($"Injected storage failure writing {key}.");
        }
    }

    private static bool TryTake(ref int counter)
    {
        while (true)
        {
            var current = Volatile.Read(ref counter);
            if (current <= 0)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref counter, current - 1, current) == current)
            {
                return true;
            }
        }
    }
}
