using System.Collections.Concurrent;

namespace SupportGrains.Silo.Storage.Memory;

/// <summary>
/// The contents of in-memory storage. Registered as a singleton, so a test cluster can restart
/// its silo and find its state and reminders again.
/// </summary>
public sealed class MemoryStore
{
    internal ConcurrentDictionary<GrainStateKey, StoredState> States { get; } = new();

    internal ConcurrentDictionary<(string ServiceId, string GrainType, string GrainKey, string Name), ReminderEntry> Reminders { get; } = new();

    /// <summary>The names of the stored reminders.</summary>
    public IReadOnlyList<string> ReminderNames => Reminders.Values.Select(r => r.Name).ToList();

    /// <summary>How many state records are stored.</summary>
    public int Count => States.Count;
}
