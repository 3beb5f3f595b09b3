using SupportGrains.Silo.Runtime;
using SupportGrains.Silo.Timers;

namespace SupportGrains.Silo;

/// <summary>
/// The base of every grain class. A grain is a virtual actor: the runtime activates it on its
/// first call, runs its requests one at a time, and collects it when idle.
/// </summary>
public abstract class Grain
{
    internal Activation? Activation { get; set; }

    /// <summary>Gets references to other grains.</summary>
    protected IGrainFactory GrainFactory => Current.Class.Runtime;

    /// <summary>The clock of the runtime (a fake one in tests).</summary>
    protected TimeProvider TimeProvider => Current.Class.Runtime.Clock;

    /// <summary>The grain's identity, e.g. "person/p-12", for messages and logs.</summary>
    public string IdentityString => Current.ToString();

    private Activation Current => Activation
        ?? throw new InvalidOperationException("The grain is not activated yet: its identity and services are available from OnActivateAsync on, not in its constructor.");

    /// <summary>The string key of this grain.</summary>
    public string GetPrimaryKeyString() => Current.Key.AsString();

    /// <summary>The Guid key of this grain.</summary>
    public Guid GetPrimaryKey() => Current.Key.AsGuid();

    /// <summary>The integer key of this grain.</summary>
    public long GetPrimaryKeyLong() => Current.Key.AsLong();

    /// <summary>Runs after the persistent state is read, before the first request.</summary>
    public virtual Task OnActivateAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Runs, best effort, before the activation is dropped.</summary>
    public virtual Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Deactivates this activation once the current request completes.</summary>
    protected void DeactivateOnIdle() => _ = Current.DeactivateAsync(DeactivationReason.Requested);

    /// <summary>
    /// Starts a timer whose callback runs as a turn of this grain. Ticks never overlap: the
    /// period counts from the end of the previous callback. The timer ends with the activation.
    /// </summary>
    protected IGrainTimer RegisterGrainTimer(Func<CancellationToken, Task> callback, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        return new GrainTimer(Current, callback, dueTime, period);
    }

    /// <summary>Registers (or replaces) a persisted reminder; it survives restarts and reactivates the grain.</summary>
    protected Task<IGrainReminder> RegisterOrUpdateReminder(string reminderName, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentException.ThrowIfNullOrEmpty(reminderName);
        return Current.Class.Runtime.Reminders.RegisterAsync(Current, reminderName, dueTime, period);
    }

    /// <summary>Removes a reminder of this grain.</summary>
    protected Task UnregisterReminder(IGrainReminder reminder)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        return Current.Class.Runtime.Reminders.UnregisterAsync(Current, reminder.ReminderName);
    }

    /// <summary>A reference to this grain, to hand to others.</summary>
    protected TGrain AsReference<TGrain>()
        where TGrain : IGrain => (TGrain)Current.Class.Runtime.GetReference(typeof(TGrain), Current.Key);
}
