using SupportGrains.Silo.Runtime;

namespace SupportGrains.Silo.Timers;

/// <summary>
/// A grain timer: each tick is a request on the grain's own activation, so it keeps the turn
/// discipline; the next tick is set only when the callback has finished, so ticks never overlap.
/// </summary>
internal sealed class GrainTimer : IGrainTimer
{
    private readonly Activation _activation;
    private readonly Func<CancellationToken, Task> _callback;
    private readonly ITimer _timer;
    private readonly CancellationTokenSource _stopped = new();
    private TimeSpan _period;

    public GrainTimer(Activation activation, Func<CancellationToken, Task> callback, TimeSpan dueTime, TimeSpan period)
    {
        _activation = activation;
        _callback = callback;
        _period = period;
        activation.AddTimer(this);
        _timer = activation.Class.Runtime.Clock.CreateTimer(static s => ((GrainTimer)s!).OnDue(), this, dueTime, Timeout.InfiniteTimeSpan);
    }

    public void Change(TimeSpan dueTime, TimeSpan period)
    {
        _period = period;
        if (!_stopped.IsCancellationRequested)
        {
            _timer.Change(dueTime, Timeout.InfiniteTimeSpan);
        }
    }

    public void Dispose()
    {
        if (_stopped.IsCancellationRequested)
        {
            return;
        }

        _stopped.Cancel();
        _timer.Dispose();
        _activation.RemoveTimer(this);
    }

    private void OnDue()
    {
        if (!_stopped.IsCancellationRequested && !_activation.Enqueue(new Tick(this)))
        {
            Dispose();
        }
    }

    private void TickFinished(Exception? error)
    {
        if (error is not null)
        {
            _activation.Class.Runtime.Log.TimerFailed(_activation.ToString(), error);
        }

        if (!_stopped.IsCancellationRequested && _period != Timeout.InfiniteTimeSpan)
        {
            _timer.Change(_period, Timeout.InfiniteTimeSpan);
        }
    }

    private sealed class Tick(GrainTimer timer) : GrainRequest<VoidResult>
    {
        public override string MethodName => "timer";

        internal override bool AwaitsAnswer => false;

        internal override bool FollowsGrain => false;

        internal override void OnFinished() => timer.TickFinished(Error);

        protected override ValueTask<VoidResult> InvokeCore(object grain) => VoidResult.From(timer._callback(timer._stopped.Token));
    }
}
