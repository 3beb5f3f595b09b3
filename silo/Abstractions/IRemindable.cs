namespace SupportGrains.Silo;

/// <summary>A grain that receives persisted reminders. Reminders survive restarts and activate the grain.</summary>
public interface IRemindable : IGrain
{
    /// <summary>Called when the reminder named <paramref name="reminderName"/> is due.</summary>
    Task ReceiveReminder(string reminderName, TickStatus status);
}
