using System.Collections.Concurrent;
using Orleans;
using Orleans.Runtime;

namespace SupportGrains.Silo.Tests.Storage;

public sealed class ReminderTestGrain : Grain, IReminderTestGrain, IRemindable
{
    // Static so a test can see ticks delivered by a later silo in the same process.
    public static readonly ConcurrentQueue<(string Grain, string Reminder, DateTime At)> Ticks = new();

    public async Task Register(string name, TimeSpan dueTime, TimeSpan period) =>
        await this.RegisterOrUpdateReminder(name, dueTime, period);

    public async Task<List<string>> List() =>
        (await this.GetReminders()).Select(reminder => reminder.ReminderName).ToList();

    public async Task Unregister(string name)
    {
        var reminder = await this.GetReminder(name);
        if (reminder is not null)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        Ticks.Enqueue((this.GetPrimaryKeyString(), reminderName, DateTime.UtcNow));
        return Task.CompletedTask;
    }
}
