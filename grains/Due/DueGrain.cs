using System.Collections.Immutable;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Utilities;
using SupportGrains.Grains.Audit;
using SupportGrains.Grains.Organisations;
using SupportGrains.Grains.Staff;

namespace SupportGrains.Grains.Due;

public sealed class DueGrain([PersistentState(StorageNames.Due, StorageNames.Default)] IPersistentState<Stored<DueState>> state)
    : DomainGrain<DueState>(state), IDueGrain, IRemindable
{
    public const string ReminderName = "record-due";

    /// <summary>Once a day: every day has one tick, so an item is recorded on the day it becomes due while the app runs.</summary>
    public static readonly TimeSpan ReminderPeriod = TimeSpan.FromDays(1);

    /// <summary>Minutes after midnight (UTC) that the reminder ticks, so what falls due on a day is recorded early that day.</summary>
    public const int TickMinutesAfterMidnight = 5;

    private ObserverManager<IDueObserver>? _observers;
    private bool _reminderEnsured;

    protected override string Described => $"What is due in organisation {Key}";

    private ObserverManager<IDueObserver> Observers => _observers ??=
        new(TimeSpan.FromMinutes(5), ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger<DueGrain>());

    public async Task EnsureReminderAsync()
    {
        if (_reminderEnsured)
        {
            return;
        }

        if (await this.GetReminder(ReminderName) is null)
        {
            // The domain's clock is the system's outside tests; under a test's fixed clock the first
            // tick lands hours away, so a test never meets one it did not ask for.
            await this.RegisterOrUpdateReminder(ReminderName, UntilNextTick(Clock.Now), ReminderPeriod);
        }

        _reminderEnsured = true;
    }

    /// <summary>The time from <paramref name="now"/> to the next tick, shortly after midnight UTC.</summary>
    public static TimeSpan UntilNextTick(DateTimeOffset now)
    {
        var tick = now.UtcDateTime.Date.AddMinutes(TickMinutesAfterMidnight);
        return (tick > now.UtcDateTime ? tick : tick.AddDays(1)) - now.UtcDateTime;
    }

    public async Task<bool> HasReminderAsync() => await this.GetReminder(ReminderName) is not null;

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != ReminderName)
        {
            return;
        }

        if (await GrainFactory.GetGrain<IOrganisationGrain>(Key).GetAsync() is null)
        {
            // No organisation by this id (any more): nothing will ever be due here.
            if (await this.GetReminder(ReminderName) is { } reminder)
            {
                await this.UnregisterReminder(reminder);
            }

            return;
        }

        await RecordDueAsync();
    }

    public async Task<ImmutableArray<RecordedDue>> RecordDueAsync()
    {
        var today = Clock.Today;
        var organisation = GrainFactory.GetGrain<IOrganisationGrain>(Key);
        if (await organisation.GetAsync() is null)
        {
            return [];
        }

        // Everything due on or before today, worked out from the data now: what became due while
        // nothing ran is still due, so it is recorded now, with the day it became due.
        var due = await organisation.DueAsync(0, today);
        var current = Current ?? DueState.Empty;
        var known = current.Recorded.Select(r => r.Item.Key).ToHashSet(StringComparer.Ordinal);
        var now = Clock.Now;
        ImmutableArray<RecordedDue> fresh = [.. due.Where(i => i.DueOn <= today && !known.Contains(i.Key)).Select(i => new RecordedDue(i, today, now))];
        if (fresh.IsEmpty && current.RecordedThrough >= today)
        {
            return [];
        }

        await SaveAsync(current with { Recorded = current.Recorded.AddRange(fresh), RecordedThrough = today }, ChangeContext.None);
        if (!fresh.IsEmpty)
        {
            await Observers.Notify(o => o.RecordedAsync(fresh));
        }

        return fresh;
    }

    public async Task<ImmutableArray<DueItem>> DueAsync(int withinDays, DateOnly today, string? staffId)
    {
        var organisation = GrainFactory.GetGrain<IOrganisationGrain>(Key);
        var due = staffId is null ? await organisation.DueAsync(withinDays, today) : await organisation.DueForStaffAsync(staffId, withinDays, today);
        var done = (Current ?? DueState.Empty).Recorded.Where(r => r.IsDone).Select(r => r.Item.Key).ToHashSet(StringComparer.Ordinal);
        return done.Count == 0 ? due : [.. due.Where(i => !done.Contains(i.Key))];
    }

    public Task<ImmutableArray<RecordedDue>> RecordedAsync() =>
        Task.FromResult<ImmutableArray<RecordedDue>>([.. (Current ?? DueState.Empty).Recorded.Reverse().OrderByDescending(r => r.Item.DueOn)]);

    public async Task<RecordedDue> MarkDoneAsync(string key, string staffId, ChangeContext change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var current = Current ?? DueState.Empty;
        var recorded = current.Find(key) ?? throw DomainException.NotFound($"Due item {key} recorded in organisation {Key}");
        if (Applied(change) is not null)
        {
            return recorded;
        }

        var staff = await GrainFactory.GetGrain<IStaffMemberGrain>(staffId).GetAsync() ?? throw DomainException.NotFound($"Staff member {staffId}");
        if (staff.OrganisationId != Key)
        {
            throw DomainException.InvalidInput($"{staff.Name} works for another organisation and cannot mark its due items done.");
        }

        if (recorded.IsDone)
        {
            return recorded;
        }

        var done = recorded with { DoneBy = staff.Id, DoneAt = Clock.Now };
        await SaveAsync(current with { Recorded = current.Recorded.Replace(recorded, done) }, change, key);
        return done;
    }

    protected override string AuditOrganisation(DueState state) => Key;

    protected override (ImmutableArray<string> People, ImmutableArray<string> Staff) AuditSubjects(DueState? before, DueState after)
    {
        var touched = AuditChanges.Of(before?.Recorded ?? [], after.Recorded).After;
        return ([.. touched.Select(r => r.Item.PersonId).OfType<string>().Distinct()],
            [.. touched.SelectMany(r => new[] { r.Item.StaffId, r.DoneBy }).OfType<string>().Distinct()]);
    }

    // Everything ever recorded as due is kept here; the entry keeps only the items the change touched.
    protected override (object? Before, object? After) AuditValues(DueState? before, DueState after)
    {
        var (was, now) = AuditChanges.Of(before?.Recorded ?? [], after.Recorded);
        return (new { Recorded = was }, new { Recorded = now });
    }

    public Task SubscribeAsync(IDueObserver observer)
    {
        Observers.Subscribe(observer, observer);
        return Task.CompletedTask;
    }

    public Task UnsubscribeAsync(IDueObserver observer)
    {
        Observers.Unsubscribe(observer);
        return Task.CompletedTask;
    }
}
