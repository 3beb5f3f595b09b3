namespace SupportGrains.Silo.Tests.Grains;

public interface ITimerGrain : IGrainWithStringKey
{
    /// <summary>Starts a timer whose callbacks wait at gates "tick-1", "tick-2", ...</summary>
    Task StartTimerAsync(TimeSpan period);

    Task RegisterReminderAsync(string name, TimeSpan period);

    Task UnregisterReminderAsync(string name);
}
