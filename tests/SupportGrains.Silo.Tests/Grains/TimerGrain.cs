namespace SupportGrains.Silo.Tests.Grains;

[GrainType("timer")]
public sealed class TimerGrain(Probe probe) : Grain, ITimerGrain, IRemindable
{
    private readonly Dictionary<string, IGrainReminder> _reminders = [];

    public Task StartTimerAsync(TimeSpan period)
    {
        RegisterGrainTimer(async _ =>
        {
            var tick = probe.Increment("ticks");
            probe.Moments["start " + tick] = TimeProvider.GetUtcNow();
            using (probe.Enter())
            {
                probe.Record("tick " + tick);
            }

            await probe.Gate("tick-" + tick);
            probe.Moments["end " + tick] = TimeProvider.GetUtcNow();
            probe.Record("tick done " + tick);
        }, period, period);
        return Task.CompletedTask;
    }

    public async Task RegisterReminderAsync(string name, TimeSpan period) =>
        _reminders[name] = await RegisterOrUpdateReminder(name, period, period);

    public async Task UnregisterReminderAsync(string name)
    {
        if (_reminders.Remove(name, out var reminder))
        {
            await UnregisterReminder(reminder);
        }
    }

    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        probe.Increment("reminder:" + reminderName);
        probe.Record($"reminder {reminderName} for {GetPrimaryKeyString()}");
        return Task.CompletedTask;
    }
}
