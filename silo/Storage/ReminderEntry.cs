namespace SupportGrains.Silo.Storage;

/// <summary>A persisted reminder: fires for its grain from <see cref="FirstTickAt"/> every <see cref="Period"/>.</summary>
public sealed record ReminderEntry(
    string ServiceId,
    string GrainType,
    string GrainKey,
    string Name,
    DateTimeOffset FirstTickAt,
    TimeSpan Period);
