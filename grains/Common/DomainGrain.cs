using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SupportGrains.Grains.Audit;

namespace SupportGrains.Grains.Common;

/// <summary>
/// A grain that owns one thing of the domain and keeps it in the store. A change is written whole
/// with the client mutation id that asked for it and its audit entry; if the write fails, the grain
/// forgets the change (it goes back to what was stored and deactivates, so the next call reads the
/// store again). Audit entries written with a change are then handed to the audit log; any not yet
/// handed over are handed over on the next change or activation, so none is lost.
/// </summary>
public abstract partial class DomainGrain<TState>(IPersistentState<Stored<TState>> stored) : Grain
    where TState : class
{
    private static readonly JsonSerializerOptions AuditJson = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private readonly HashSet<string> _handedOver = [];
    private ILogger? _logger;

    /// <summary>The thing this grain owns, or null while it does not exist.</summary>
    protected TState? Current => stored.State.Value;

    protected string Key => this.GetPrimaryKeyString();

    protected Clock Clock => ServiceProvider.GetService<Clock>() ?? Clock.System;

    /// <summary>What NOT_FOUND names when the thing does not exist, e.g. "Person p-sam".</summary>
    protected abstract string Described { get; }

    /// <summary>The thing, or NOT_FOUND.</summary>
    protected TState Existing => Current ?? throw DomainException.NotFound(Described);

    private ILogger Logger => _logger ??= ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(GetType());

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (!stored.State.PendingAudit.IsDefaultOrEmpty)
        {
            await HandOverAuditAsync();
        }
    }

    /// <summary>
    /// Applies a change to the existing thing: decides the next state (or refuses), writes it, and
    /// answers with it. A change whose client mutation id was applied already changes nothing.
    /// </summary>
    protected async Task<TState> ChangeAsync(ChangeContext change, Func<TState, TState> decide)
    {
        ArgumentNullException.ThrowIfNull(decide);
        var current = Existing;
        if (Applied(change) is not null)
        {
            return current;
        }

        var next = decide(current);
        await SaveAsync(next, change);
        return next;
    }

    /// <summary>The earlier application of a change with the same client mutation id, if this grain made it.</summary>
    protected AppliedChange? Applied(ChangeContext change) => stored.State.Applied(change);

    /// <summary>Writes the next state with the change's key and audit entry; answers only after the store has it.</summary>
    protected async Task SaveAsync(TState next, ChangeContext change, string? resultId = null)
    {
        ArgumentNullException.ThrowIfNull(change);
        var before = stored.State;
        var pending = before.PendingAudit.IsDefault ? [] : before.PendingAudit.RemoveAll(e => _handedOver.Contains(e.Id));
        if (change.Operation is { } operation)
        {
            pending = pending.Add(Entry(operation, change, before.Value, next));
        }

        stored.State = before.With(next, change, Clock.Now, resultId) with { PendingAudit = pending };
        try
        {
            await stored.WriteStateAsync();
        }
        catch (Exception e) when (e is not DomainException)
        {
            stored.State = before;
            DeactivateOnIdle();
            LogWriteFailed(Logger, e, GetType().Name, Key);
            throw new DomainException(ErrorCode.StoreUnavailable,
                $"The change to {Key} could not be saved: the store did not confirm it. Nothing of it is kept; try again (with the same clientMutationId it is applied at most once).");
        }

        _handedOver.Clear();
        if (!pending.IsEmpty)
        {
            await HandOverAuditAsync();
        }

        await ChangedAsync(next);
    }

    /// <summary>Runs after each saved change, before it is acknowledged.</summary>
    protected virtual Task ChangedAsync(TState saved) => Task.CompletedTask;

    /// <summary>The organisation a change belongs to, for the audit trail.</summary>
    protected virtual string AuditOrganisation(TState state) => "";

    /// <summary>The people and colleagues a change is about, so the trail can be read per person and per colleague.</summary>
    protected virtual (ImmutableArray<string> People, ImmutableArray<string> Staff) AuditSubjects(TState? before, TState after) => ([], []);

    /// <summary>The values the audit entry keeps from before and after the change (the whole state unless a grain keeps less).</summary>
    protected virtual (object? Before, object? After) AuditValues(TState? before, TState after) => (before, after);

    /// <summary>
    /// Tells the organisation its kept answers are stale. The change is saved already, so a failure
    /// here is logged, not reported: the organisation rebuilds its answers when it activates again.
    /// </summary>
    protected async Task TellOrganisationAsync(string organisationId)
    {
        if (organisationId.Length == 0)
        {
            return;
        }

        try
        {
            await GrainFactory.GetGrain<Organisations.IOrganisationGrain>(organisationId).SnapshotChangedAsync();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogNotifyFailed(Logger, e, Key, organisationId);
        }
    }

    private AuditEntry Entry(string operation, ChangeContext change, TState? before, TState after)
    {
        var (people, staff) = AuditSubjects(before, after);
        var (was, now) = AuditValues(before, after);
        return new AuditEntry($"{Clock.Now.ToUnixTimeMilliseconds():D13}-{Guid.NewGuid():N}", Clock.Now, AuditOrganisation(after), change.Author, operation, change.Input,
            $"{Described}", people, staff, Json(was), Json(now), AuditOutcome.Applied, null);
    }

    private static string? Json(object? value) => value is null ? null : JsonSerializer.Serialize(value, value.GetType(), AuditJson);

    /// <summary>Hands the pending audit entries to the log; they stay pending (and are offered again) if the log cannot take them now.</summary>
    private async Task HandOverAuditAsync()
    {
        var pending = stored.State.PendingAudit;
        if (ServiceProvider.GetService<IAuditLog>() is not { } log)
        {
            return;
        }

        try
        {
            await log.AppendAsync(pending);
            _handedOver.UnionWith(pending.Select(e => e.Id));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogAuditPending(Logger, e, Key, pending.Length);
        }
    }

    [LoggerMessage(1, LogLevel.Error, "{Grain} {Key}: the store refused a write; the change was dropped")]
    private static partial void LogWriteFailed(ILogger logger, Exception exception, string grain, string key);

    [LoggerMessage(2, LogLevel.Warning, "{Key} could not tell organisation {OrganisationId} about a saved change")]
    private static partial void LogNotifyFailed(ILogger logger, Exception exception, string key, string organisationId);

    [LoggerMessage(3, LogLevel.Warning, "{Key}: {Count} audit entries stay pending in the grain's state; the audit log did not take them now")]
    private static partial void LogAuditPending(ILogger logger, Exception exception, string key, int count);
}
