using System.Globalization;

namespace SupportGrains.Silo.Storage;

/// <summary>
/// One change waiting for the group commit. Its outcome is provisional while its batch runs and
/// is given to the caller only once the batch's transaction has committed durably.
/// </summary>
internal abstract class StorageOperation
{
    private readonly TaskCompletionSource<string?> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private string? _etag;
    private Exception? _refusal;

    public Task<string?> Done => _done.Task;

    /// <summary>Records success (with the new ETag, for state writes).</summary>
    public void Succeeded(string? etag)
    {
        _etag = etag;
        _refusal = null;
    }

    /// <summary>Records a refusal of this operation alone (a stale ETag); the batch goes on.</summary>
    public void Refused(Exception refusal) => _refusal = refusal;

    public void Reset()
    {
        _etag = null;
        _refusal = null;
    }

    /// <summary>Gives the caller the outcome; call only after the commit.</summary>
    public void Complete()
    {
        if (_refusal is null)
        {
            _done.TrySetResult(_etag);
        }
        else
        {
            _done.TrySetException(_refusal);
        }
    }

    public void Fail(Exception error) => _done.TrySetException(error);

    protected static long? Version(string? etag, GrainStateKey key)
    {
        if (etag is null)
        {
            return null;
        }

        return long.TryParse(etag, NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? version
            : throw new InconsistentStateException($"The ETag \"{etag}\" of {key} is not one this storage gave out.", null, etag);
    }

    protected static InconsistentStateException Conflict(GrainStateKey key, string? expectedEtag) =>
        new($"The state {key} changed since it was read (expected version {expectedEtag ?? "none: a new record"}); it is reloaded on the next call.", null, expectedEtag);
}

/// <summary>Write a grain's state if its stored version is still the expected one.</summary>
internal sealed class StateWrite(GrainStateKey key, string json, string? expectedEtag) : StorageOperation
{
    public GrainStateKey Key { get; } = key;

    public string Json { get; } = json;

    public string? ExpectedEtag { get; } = expectedEtag;

    public long? ExpectedVersion => Version(ExpectedEtag, Key);

    /// <summary>Records how many rows the conditional write changed: one, or none when the version moved on.</summary>
    public void Changed(int rows)
    {
        if (rows == 1)
        {
            Succeeded(((ExpectedVersion ?? 0) + 1).ToString(CultureInfo.InvariantCulture));
        }
        else
        {
            Refused(Conflict(Key, ExpectedEtag));
        }
    }
}

/// <summary>Delete a grain's state if its stored version is still the expected one.</summary>
internal sealed class StateClear(GrainStateKey key, string? expectedEtag) : StorageOperation
{
    public GrainStateKey Key { get; } = key;

    public string? ExpectedEtag { get; } = expectedEtag;

    public long? ExpectedVersion => Version(ExpectedEtag, Key);

    /// <summary>With an expected version one row must go; without one, no record may exist.</summary>
    public void Changed(int rows, bool recordRemains)
    {
        if ((ExpectedEtag is null && !recordRemains) || (ExpectedEtag is not null && rows == 1))
        {
            Succeeded(null);
        }
        else
        {
            Refused(Conflict(Key, ExpectedEtag));
        }
    }
}

/// <summary>Add or replace a reminder.</summary>
internal sealed class ReminderUpsert(ReminderEntry entry) : StorageOperation
{
    public ReminderEntry Entry { get; } = entry;
}

/// <summary>Remove a reminder.</summary>
internal sealed class ReminderRemove(string serviceId, string grainType, string grainKey, string name) : StorageOperation
{
    public string ServiceId { get; } = serviceId;

    public string GrainType { get; } = grainType;

    public string GrainKey { get; } = grainKey;

    public string Name { get; } = name;
}
