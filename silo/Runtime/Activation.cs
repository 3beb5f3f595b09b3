namespace SupportGrains.Silo.Runtime;

/// <summary>
/// One live instance of a grain: its mailbox and its turn discipline. Work items (new requests
/// and continuations of running ones) are drained one at a time on the thread pool, so grain
/// code never runs in parallel with itself. Kept small: mailboxes and rarely used parts are
/// allocated only when needed, because a silo holds very many idle activations.
/// </summary>
internal sealed partial class Activation : IThreadPoolWorkItem
{
    private const int DrainBudget = 4;

    private ActivationStatus _status = ActivationStatus.Activating;
    private RingBuffer<GrainRequest>? _messages;
    private RingBuffer<Continuation>? _continuations;
    private GrainRequest? _running;
    private List<GrainRequest>? _alsoRunning;
    private int _runningCount;
    private int _runningWriters;
    private bool _scheduled;
    private bool _activationStarted;
    private bool _touched = true;
    private DeactivationReason? _pendingDeactivation;
    private long _idleSince;
    private ActivationExtras? _extras;

    public Activation(GrainClass grainClass, GrainKey key)
    {
        Class = grainClass;
        Key = key;
    }

    public GrainClass Class { get; }

    public GrainKey Key { get; }

    public Grain? Instance { get; private set; }

    /// <summary>False once the activation is deactivating or gone: references look again in the directory.</summary>
    public bool MayAcceptRequests => _status <= ActivationStatus.Active;

    private GrainRuntime Runtime => Class.Runtime;

    private ActivationExtras Extras => _extras ??= new ActivationExtras();

    /// <summary>
    /// Queues a request. False when the activation is gone (the caller looks up a new one);
    /// while it deactivates, requests are held and forwarded to its successor.
    /// </summary>
    public bool Enqueue(GrainRequest request)
    {
        var schedule = false;
        GrainRequest? cycleEnd = null;
        lock (this)
        {
            if (_status == ActivationStatus.Invalid)
            {
                return false;
            }

            request.Target = this;
            if (_status == ActivationStatus.Deactivating)
            {
                (Extras.Forward ??= []).Add(request);
                return true;
            }

            if (_runningCount > 0 && !CanAdmit(request))
            {
                cycleEnd = FindCycle(request);
            }

            if (cycleEnd is null)
            {
                (_messages ??= new RingBuffer<GrainRequest>()).Enqueue(request);
                if (!_scheduled)
                {
                    _scheduled = true;
                    schedule = true;
                }
            }
        }

        if (cycleEnd is not null)
        {
            Runtime.RefuseDeadlock(request, cycleEnd);
        }
        else if (schedule)
        {
            ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
        }

        return true;
    }

    /// <summary>Queues the continuation of a running request (posted by its synchronization context).</summary>
    public void EnqueueContinuation(GrainRequest request, SendOrPostCallback callback, object? state)
    {
        var schedule = false;
        lock (this)
        {
            (_continuations ??= new RingBuffer<Continuation>()).Enqueue(new Continuation(request, callback, state));
            if (!_scheduled)
            {
                _scheduled = true;
                schedule = true;
            }
        }

        if (schedule)
        {
            ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
        }
    }

    /// <summary>Drains work items one at a time; yields the thread after a budget so others get their turn.</summary>
    public void Execute()
    {
        for (var budget = DrainBudget; ; budget--)
        {
            GrainRequest? request;
            Continuation continuation = default;
            lock (this)
            {
                if (_continuations is { Count: > 0 })
                {
                    _continuations.TryDequeue(out continuation);
                    request = null;
                }
                else if (budget <= 0)
                {
                    break;
                }
                else if ((request = NextRequest()) is null)
                {
                    _scheduled = false;
                    return;
                }
            }

            if (request is null)
            {
                RunContinuation(continuation);
                continue;
            }

            bool completed;
            SynchronizationContext.SetSynchronizationContext(request);
            try
            {
                completed = request.Invoke(Instance);
            }
            finally
            {
                SynchronizationContext.SetSynchronizationContext(null);
            }

            if (completed)
            {
                Finish(request);
            }
        }

        ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
    }

    /// <summary>Ends a request: frees the turn, answers the caller, and schedules what waits.</summary>
    public void Finish(GrainRequest request)
    {
        if (!request.MarkFinished())
        {
            return;
        }

        var schedule = false;
        List<GrainRequest>? refused = null;
        List<GrainRequest>? forward = null;
        lock (this)
        {
            RemoveRunning(request);
            if (request is SystemTurn turn)
            {
                (refused, forward) = CompleteSystemTurnLocked(turn);
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

        Runtime.OnFinished(request);
        request.AnswerCaller();
        request.OnFinished();
        AfterSystemTurn(request, refused, forward);
    }

    public override string ToString() => $"{Class.TypeName}/{Key}";

    private GrainRequest? NextRequest()
    {
        if (_status == ActivationStatus.Activating)
        {
            if (_activationStarted)
            {
                return null;
            }

            _activationStarted = true;
            return Admit(SystemTurn.Activate(this));
        }

        if (_status != ActivationStatus.Active)
        {
            return null;
        }

        if (_pendingDeactivation is { } reason)
        {
            return _runningCount == 0 ? Admit(BeginDeactivationLocked(reason)) : null;
        }

        if (_messages is null)
        {
            return null;
        }

        while (_messages.Count > 0 && _messages[0].IsAnswered)
        {
            // Timed out while it waited: the caller has gone, so it is not run.
            _messages.TryDequeue(out var expired);
            expired!.MarkFinished();
        }

        for (var i = 0; i < _messages.Count; i++)
        {
            var candidate = _messages[i];
            if (CanAdmit(candidate) && (i == 0 || MayOvertake(candidate)))
            {
                return Admit(_messages.RemoveAt(i));
            }
        }

        return null;
    }

    private GrainRequest Admit(GrainRequest request)
    {
        request.Target = this;
        _touched = true;
        _runningCount++;
        if ((request.Flags & RequestFlags.ReadOnly) == 0)
        {
            _runningWriters++;
        }

        if (_running is null)
        {
            _running = request;
        }
        else
        {
            (_alsoRunning ??= []).Add(request);
        }

        return request;
    }

    private void RemoveRunning(GrainRequest request)
    {
        _runningCount--;
        if ((request.Flags & RequestFlags.ReadOnly) == 0)
        {
            _runningWriters--;
        }

        if (ReferenceEquals(_running, request))
        {
            _running = null;
            if (_alsoRunning is { Count: > 0 })
            {
                _running = _alsoRunning[^1];
                _alsoRunning.RemoveAt(_alsoRunning.Count - 1);
            }
        }
        else
        {
            _alsoRunning?.Remove(request);
        }
    }

    private bool CanAdmit(GrainRequest request)
    {
        if (_runningCount == 0 || Class.IsReentrant)
        {
            return true;
        }

        var flags = request.Flags;
        return (flags & RequestFlags.AlwaysInterleave) != 0
            || ((flags & RequestFlags.ReadOnly) != 0 && _runningWriters == 0);
    }

    /// <summary>
    /// Only an always-interleave request overtakes a blocked one (it may be the callback the running
    /// request waits for); read-only requests keep their place, so a waiting write is not starved.
    /// </summary>
    private static bool MayOvertake(GrainRequest request) => (request.Flags & RequestFlags.AlwaysInterleave) != 0;

    private bool HasWorkLocked() =>
        _continuations is { Count: > 0 }
        || (_status == ActivationStatus.Active && (_messages is { Count: > 0 } || (_pendingDeactivation is not null && _runningCount == 0)));

    /// <summary>
    /// A request that must wait for this activation deadlocks if one of its own callers is running
    /// here: that caller waits for the request, which waits for the caller. Returns that caller.
    /// </summary>
    private GrainRequest? FindCycle(GrainRequest request)
    {
        var depth = 0;
        for (var caller = request.Parent; caller is not null && depth < 10_000; caller = caller.Parent, depth++)
        {
            if (ReferenceEquals(caller.Target, this) && !caller.IsFinished)
            {
                return caller;
            }
        }

        return null;
    }

    private void RunContinuation(in Continuation continuation)
    {
        SynchronizationContext.SetSynchronizationContext(continuation.Request);
        try
        {
            continuation.Callback(continuation.State);
        }
        catch (Exception e)
        {
            Runtime.Log.ContinuationFailed(this, e);
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(null);
        }
    }

    private readonly record struct Continuation(GrainRequest Request, SendOrPostCallback Callback, object? State);
}
