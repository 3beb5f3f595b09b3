using System.Collections.Concurrent;
using SupportGrains.Silo.Runtime;
using SupportGrains.Silo.Storage;

namespace SupportGrains.Silo.Timers;

/// <summary>
/// Persisted reminders: registered in the reminder table, scheduled on the runtime's clock, and
/// delivered to their grain (activating it) through <see cref="IRemindable.ReceiveReminder"/>.
/// Read back from the table at start-up, so they survive a restart.
/// </summary>
internal sealed class ReminderService(GrainRuntime runtime, IReminderTable? table)
{
    private GrainRuntime Runtime => runtime;

    private readonly ConcurrentDictionary<(string Type, string Key, string Name), Scheduled> _scheduled = new();
    private volatile bool _stopped;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (table is null)
        {
            return;
        }

        foreach (var entry in await table.ReadAllAsync(runtime.Options.ServiceId, cancellationToken))
        {
            Schedule(entry);
        }
    }

    public async Task<IGrainReminder> RegisterAsync(Activation activation, string name, TimeSpan dueTime, TimeSpan period)
    {
        var reminders = table ?? throw new InvalidOperationException(
            "No reminder table is configured: register one with UseReminderTable (UseMemoryReminders, UseSqliteReminders or UsePostgresReminders).");
        var entry = new ReminderEntry(runtime.Options.ServiceId, activation.Class.TypeName, activation.Key.ToString(), name,
            runtime.Clock.GetUtcNow() + dueTime, period);
        await reminders.UpsertAsync(entry, CancellationToken.None);
        Schedule(entry);
        return new GrainReminder(name);
    }

    public async Task UnregisterAsync(Activation activation, string name)
    {
        if (table is null)
        {
            return;
        }

        await table.RemoveAsync(runtime.Options.ServiceId, activation.Class.TypeName, activation.Key.ToString(), name, CancellationToken.None);
        if (_scheduled.TryRemove((activation.Class.TypeName, activation.Key.ToString(), name), out var scheduled))
        {
            scheduled.Dispose();
        }
    }

    public void Stop()
    {
        _stopped = true;
        foreach (var scheduled in _scheduled.Values)
        {
            scheduled.Dispose();
        }
    }

    private void Schedule(ReminderEntry entry)
    {
        var scheduled = new Scheduled(this, entry);
        _scheduled.AddOrUpdate((entry.GrainType, entry.GrainKey, entry.Name), scheduled, (_, old) =>
        {
            old.Dispose();
            return scheduled;
        });
        scheduled.ArmForNextTick();
    }

    private sealed class Scheduled(ReminderService service, ReminderEntry entry) : IDisposable
    {
        private ITimer? _timer;
        private bool _disposed;
        private DateTimeOffset _due;
        private DateTimeOffset? _lastTick;

        public void ArmForNextTick()
        {
            var clock = service.Runtime.Clock;
            var now = clock.GetUtcNow();
            var due = entry.FirstTickAt;
            if (entry.Period > TimeSpan.Zero)
            {
                // The next tick on the reminder's own beat: missed ticks are skipped, none repeats.
                if (due < now)
                {
                    due += entry.Period * Math.Ceiling((now - due) / entry.Period);
                }

                if (_lastTick is { } last && due <= last)
                {
                    due += entry.Period * (Math.Floor((last - due) / entry.Period) + 1);
                }
            }
            else if (_lastTick is not null)
            {
                return;
            }

            var wait = due > now ? due - now : TimeSpan.Zero;
            lock (this)
            {
                if (_disposed)
                {
                    return;
                }

                _timer?.Dispose();
                _due = due;
                _timer = clock.CreateTimer(static s => ((Scheduled)s!).Fire(), this, wait, Timeout.InfiniteTimeSpan);
            }
        }

        public void Dispose()
        {
            lock (this)
            {
                _disposed = true;
                _timer?.Dispose();
            }
        }

        private void Fire()
        {
            if (_disposed || service._stopped)
            {
                return;
            }

            _lastTick = _due;
            var runtime = service.Runtime;
            var grainClass = runtime.FindClass(entry.GrainType);
            if (grainClass is null)
            {
                runtime.Log.ReminderFailed($"{entry.GrainType}/{entry.GrainKey}", entry.Name,
                    new InvalidOperationException($"No grain class has the type name {entry.GrainType}."));
                return;
            }

            var status = new TickStatus(entry.FirstTickAt, entry.Period, runtime.Clock.GetUtcNow());
            runtime.Send(grainClass, GrainKey.Parse(grainClass.KeyKind, entry.GrainKey), new Tick(this, entry.Name, status));
        }

        private void TickFinished(Exception? error)
        {
            if (error is not null)
            {
                service.Runtime.Log.ReminderFailed($"{entry.GrainType}/{entry.GrainKey}", entry.Name, error);
            }

            if (entry.Period > TimeSpan.Zero && !service._stopped)
            {
                ArmForNextTick();
            }
        }

        private sealed class Tick(Scheduled owner, string name, TickStatus status) : GrainRequest<VoidResult>
        {
            public override string MethodName => nameof(IRemindable.ReceiveReminder);

            internal override bool AwaitsAnswer => false;

            internal override void OnFinished() => owner.TickFinished(Error);

            protected override ValueTask<VoidResult> InvokeCore(object grain) => grain is IRemindable remindable
                ? VoidResult.From(remindable.ReceiveReminder(name, status))
                : throw new InvalidOperationException($"{grain.GetType().Name} has a reminder \"{name}\" but does not implement IRemindable.");
        }
    }
}
