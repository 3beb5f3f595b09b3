using System.Collections.Immutable;

namespace SupportGrains.Grains.Due;

/// <summary>
/// What has become due in one organisation (keyed by the organisation's id). A daily Orleans
/// reminder records each item on the day it becomes due; because the items are worked out afresh
/// from the organisation's data each time, a day the app was not running is caught up on the next.
/// </summary>
[Alias("SupportGrains.IDueGrain")]
public interface IDueGrain : IGrainWithStringKey
{
    /// <summary>
    /// Makes sure the daily reminder exists (registering it only when it is missing). The organisation
    /// calls this when it is created and each time it activates. Interleaves: it touches only the
    /// reminder, and the organisation may activate because this grain asked it what is due.
    /// </summary>
    [AlwaysInterleave, Alias("EnsureReminder")]
    Task EnsureReminderAsync();

    /// <summary>Whether the daily reminder is registered.</summary>
    [ReadOnly, Alias("HasReminder")]
    Task<bool> HasReminderAsync();

    /// <summary>
    /// What the reminder does each day: records every item due on or before today that has not been
    /// recorded yet, and answers with those (none when run again the same day).
    /// </summary>
    [Alias("RecordDue")]
    Task<ImmutableArray<RecordedDue>> RecordDueAsync();

    /// <summary>
    /// What is due as the organisation works it out, less what a colleague has marked done (the only
    /// way to see to a return-to-work conversation); for one colleague when <paramref name="staffId"/> is given.
    /// </summary>
    [ReadOnly, Alias("Due")]
    Task<ImmutableArray<DueItem>> DueAsync(int withinDays, DateOnly today, string? staffId);

    /// <summary>Everything recorded as due, the latest due first.</summary>
    [ReadOnly, Alias("Recorded")]
    Task<ImmutableArray<RecordedDue>> RecordedAsync();

    /// <summary>Marks a recorded item done by a colleague of the organisation; marking it again keeps the first.</summary>
    [Alias("MarkDone")]
    Task<RecordedDue> MarkDoneAsync(string key, string staffId, ChangeContext change);

    /// <summary>Tells the observer of each item recorded from now on, for a few minutes: subscribe again to keep hearing.</summary>
    [Alias("Subscribe")]
    Task SubscribeAsync(IDueObserver observer);

    [Alias("Unsubscribe")]
    Task UnsubscribeAsync(IDueObserver observer);
}
