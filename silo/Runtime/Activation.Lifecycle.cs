using SupportGrains.Silo.Persistence;
using SupportGrains.Silo.Timers;

namespace SupportGrains.Silo.Runtime;

/// <summary>Activation and deactivation, timers, and the periodic sweep (timeouts, idle collection).</summary>
internal sealed partial class Activation
{
    public bool IsBusy
    {
        get
        {
            lock (this)
            {
                return _runningCount > 0 || _messages is { Count: > 0 } || _continuations is { Count: > 0 }
                    || _status == ActivationStatus.Activating || _extras?.Forward is { Count: > 0 };
            }
        }
    }

    public void RegisterStateLoader(IStateLoader loader) => (Extras.StateLoaders ??= []).Add(loader);

    public void AddTimer(GrainTimer timer)
    {
        lock (this)
        {
            (Extras.Timers ??= []).Add(timer);
        }
    }

    public void RemoveTimer(GrainTimer timer)
    {
        lock (this)
        {
            _extras?.Timers?.Remove(timer);
        }
    }

    /// <summary>
    /// Deactivates once no request runs; requests still queued go to the next activation.
    /// Completes when the activation is gone.
    /// </summary>
    public Task DeactivateAsync(DeactivationReason reason)
    {
        var schedule = false;
        Task done;
        lock (this)
        {
            if (_status == ActivationStatus.Invalid)
            {
                return Task.CompletedTask;
            }

            var extras = Extras;
            extras.Deactivated ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            done = extras.Deactivated.Task;
            if (_status <= ActivationStatus.Active)
            {
                _pendingDeactivation ??= reason;
            }

            if (!_scheduled && HasWorkLocked())
            {
                _scheduled = true;
                schedule = true;
            }
        }

        if (schedule)
        {
            ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
        }

        return done;
    }

    /// <summary>After a failed or conflicting write, memory may not match storage: start afresh from storage.</summary>
    public void DropAfterCurrentRequests(Exception cause)
    {
        Runtime.Log.ActivationDropped(this, cause);
        _ = DeactivateAsync(DeactivationReason.StateInvalidated);
    }

    public async ValueTask<VoidResult> RunActivationAsync()
    {
        var grain = Class.CreateInstance(this);
        grain.Activation = this;
        Instance = grain;
        if (_extras?.StateLoaders is { } loaders)
        {
            foreach (var loader in loaders)
            {
                await loader.ReadStateAsync(CancellationToken.None);
            }
        }

        await grain.OnActivateAsync(CancellationToken.None);
        return default;
    }

    public async ValueTask<VoidResult> RunDeactivationAsync(DeactivationReason reason)
    {
        List<GrainTimer>? timers;
        lock (this)
        {
            timers = _extras?.Timers is { Count: > 0 } list ? [.. list] : null;
        }

        timers?.ForEach(t => t.Dispose());
        if (Instance is { } grain)
        {
            try
            {
                using var limit = new CancellationTokenSource(Runtime.Options.DeactivationTimeout, Runtime.Clock);
                await grain.OnDeactivateAsync(reason, limit.Token);
            }
            catch (Exception e)
            {
                Runtime.Log.DeactivationFailed(this, e);
            }
        }

        return default;
    }

    /// <summary>
    /// Called by the maintenance sweep: notes idleness, collects requests past their response
    /// timeout into <paramref name="expired"/>, and deactivates an activation idle for too long.
    /// </summary>
    public void Sweep(long now, long timeout, long collectionAge, List<GrainRequest> expired)
    {
        if (_touched)
        {
            _touched = false;
            _idleSince = now;
        }

        if (Volatile.Read(ref _runningCount) > 0 || _messages is { Count: > 0 })
        {
            lock (this)
            {
                CollectExpired(_running, now, timeout, expired);
                if (_alsoRunning is not null)
                {
                    foreach (var r in _alsoRunning)
                    {
                        CollectExpired(r, now, timeout, expired);
                    }
                }

                if (_messages is not null)
                {
                    for (var i = 0; i < _messages.Count; i++)
                    {
                        CollectExpired(_messages[i], now, timeout, expired);
                    }
                }
            }
        }
        else if (_status == ActivationStatus.Active && _pendingDeactivation is null && now - _idleSince >= collectionAge)
        {
            _ = DeactivateAsync(DeactivationReason.Idle);
        }
    }

    private static void CollectExpired(GrainRequest? request, long now, long timeout, List<GrainRequest> expired)
    {
        if (request is { AwaitsAnswer: true, IsAnswered: false } && now - request.SentAt > timeout)
        {
            expired.Add(request);
        }
    }

    private GrainRequest BeginDeactivationLocked(DeactivationReason reason)
    {
        _status = ActivationStatus.Deactivating;
        _pendingDeactivation = null;
        if (_messages is { Count: > 0 })
        {
            (Extras.Forward ??= []).AddRange(_messages.DrainToList());
        }

        return SystemTurn.Deactivate(this, reason);
    }

    private (List<GrainRequest>? Refused, List<GrainRequest>? Forward) CompleteSystemTurnLocked(SystemTurn turn)
    {
        if (turn.Activates && turn.Error is null)
        {
            _status = ActivationStatus.Active;
            return (null, null);
        }

        _status = ActivationStatus.Invalid;
        Class.RemoveActivation(this);
        if (turn.Activates)
        {
            return (_messages?.DrainToList(), null);
        }

        var forward = _extras?.Forward;
        if (_extras is not null)
        {
            _extras.Forward = null;
        }

        return (null, forward);
    }

    private void AfterSystemTurn(GrainRequest request, List<GrainRequest>? refused, List<GrainRequest>? forward)
    {
        if (request is not SystemTurn turn)
        {
            return;
        }

        if (turn.Activates)
        {
            if (turn.Error is null)
            {
                Runtime.Metrics.Activated();
                return;
            }

            Runtime.Metrics.ActivationFailed();
            Runtime.Log.ActivationFailed(this, turn.Error);
            foreach (var waiting in refused ?? [])
            {
                waiting.MarkFinished();
                waiting.AnswerCaller(turn.Error);
            }

            _extras?.Deactivated?.TrySetResult();
            return;
        }

        Runtime.Metrics.Deactivated();
        foreach (var waiting in forward ?? [])
        {
            if (waiting.FollowsGrain)
            {
                Runtime.Redispatch(Class, Key, waiting);
            }
        }

        _extras?.Deactivated?.TrySetResult();
    }
}
