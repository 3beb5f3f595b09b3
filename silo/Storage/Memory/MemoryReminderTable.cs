namespace SupportGrains.Silo.Storage.Memory;

/// <summary>Reminders in memory (they survive a test cluster restart, not a process restart).</summary>
public sealed class MemoryReminderTable(MemoryStore store) : IReminderTable
{
    public ValueTask<IReadOnlyList<ReminderEntry>> ReadAllAsync(string serviceId, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<ReminderEntry>>(store.Reminders.Values.Where(r => r.ServiceId == serviceId).ToList());

    public ValueTask UpsertAsync(ReminderEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        store.Reminders[(entry.ServiceId, entry.GrainType, entry.GrainKey, entry.Name)] = entry;
        return ValueTask.CompletedTask;
    }

    public ValueTask RemoveAsync(string serviceId, string grainType, string grainKey, string name, CancellationToken cancellationToken)
    {
        store.Reminders.TryRemove((serviceId, grainType, grainKey, name), out _);
        return ValueTask.CompletedTask;
    }
}
