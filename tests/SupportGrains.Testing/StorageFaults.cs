using Orleans.Runtime;

namespace SupportGrains.Testing;

/// <summary>Tells the faulty storage of a test cluster which writes to refuse, as a store that fails mid-change would.</summary>
public sealed class StorageFaults
{
    private readonly Lock _lock = new();
    private Func<string, GrainId, bool>? _failWrite;
    private int _remaining;

    /// <summary>How many writes the store has refused.</summary>
    public int Refused { get; private set; }

    /// <summary>Every write the store accepted, in order: the state name and the grain's key.</summary>
    public List<(string StateName, string Key)> Written { get; } = [];

    /// <summary>Refuses the next <paramref name="count"/> writes that match.</summary>
    public void FailWrites(Func<string, GrainId, bool> when, int count = 1)
    {
        lock (_lock)
        {
            _failWrite = when;
            _remaining = count;
        }
    }

    /// <summary>Refuses the write numbered <paramref name="step"/> (1 is the next one), whatever it is.</summary>
    public void FailWriteNumber(int step)
    {
        var seen = 0;
        FailWrites((_, _) => ++seen == step);
    }

    public void Clear()
    {
        lock (_lock)
        {
            _failWrite = null;
            _remaining = 0;
            Written.Clear();
        }
    }

    internal bool ShouldFail(string stateName, GrainId grainId)
    {
        lock (_lock)
        {
            if (_remaining > 0 && _failWrite is { } when && when(stateName, grainId))
            {
                _remaining--;
                Refused++;
                return true;
            }

            return false;
        }
    }

    internal void Accepted(string stateName, GrainId grainId)
    {
        lock (_lock)
        {
            Written.Add((stateName, grainId.Key.ToString()!));
        }
    }
}
