using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SupportGrains.Grains.Common;

/// <summary>
/// A grain that owns one thing of the domain and keeps it in the store. A change is written whole
/// with the client mutation id that asked for it; if the write fails, the grain forgets the change
/// (it goes back to what was stored and deactivates, so the next call reads the store again).
/// </summary>
public abstract partial class DomainGrain<TState>(IPersistentState<Stored<TState>> stored) : Grain
    where TState : class
{
    private ILogger? _logger;

    /// <summary>The thing this grain owns, or null while it does not exist.</summary>
    protected TState? Current => stored.State.Value;

    protected string Key => this.GetPrimaryKeyString();

    protected Clock Clock => ServiceProvider.GetService<Clock>() ?? Clock.System;

    private ILogger Logger => _logger ??= ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(GetType());

    /// <summary>What NOT_FOUND names when the thing does not exist, e.g. "Person p-sam".</summary>
    protected abstract string Described { get; }

    /// <summary>The thing, or NOT_FOUND.</summary>
    protected TState Existing => Current ?? throw DomainException.NotFound(Described);

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

    /// <summary>Writes the next state with the change's key; answers only after the store has it.</summary>
    protected async Task SaveAsync(TState next, ChangeContext change, string? resultId = null)
    {
        ArgumentNullException.ThrowIfNull(change);
        var before = stored.State;
        stored.State = before.With(next, change, resultId);
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

        await ChangedAsync(next);
    }

    /// <summary>Runs after each saved change, before it is acknowledged.</summary>
    protected virtual Task ChangedAsync(TState saved) => Task.CompletedTask;

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

    [LoggerMessage(1, LogLevel.Error, "{Grain} {Key}: the store refused a write; the change was dropped")]
    private static partial void LogWriteFailed(ILogger logger, Exception exception, string grain, string key);

    [LoggerMessage(2, LogLevel.Warning, "{Key} could not tell organisation {OrganisationId} about a saved change")]
    private static partial void LogNotifyFailed(ILogger logger, Exception exception, string key, string organisationId);
}
