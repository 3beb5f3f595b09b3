namespace SupportGrains.Silo.Storage;

/// <summary>Durable reminders, so that a reminder survives a restart and reactivates its grain.</summary>
public interface IReminderTable
{
    /// <summary>Every reminder of the service.</summary>
    ValueTask<IReadOnlyList<ReminderEntry>> ReadAllAsync(string serviceId, CancellationToken cancellationToken);

    /// <summary>Adds the reminder or replaces the one with the same grain and name.</summary>
    ValueTask UpsertAsync(ReminderEntry entry, CancellationToken cancellationToken);

    /// <summary>Removes a reminder; removing one that does not exist is not an error.</summary>
    ValueTask RemoveAsync(string serviceId, string grainType, string grainKey, string name, CancellationToken cancellationToken);
}
