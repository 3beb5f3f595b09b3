using System.Diagnostics;

namespace SupportGrains.Silo.Runtime;

/// <summary>
/// One call to a grain: the message its activation runs and, while it runs, the synchronization
/// context its awaits return to. Being the context is how the runtime knows, without an
/// AsyncLocal, which request a nested grain call comes from (the call chain used to detect
/// deadlocks).
/// </summary>
public abstract class GrainRequest : SynchronizationContext
{
    private int _callerCompleted;
    private int _finished;

    internal Activation? Target { get; set; }

    /// <summary>The request that made this call, when the call came from inside a grain.</summary>
    internal GrainRequest? Parent { get; set; }

    /// <summary>When the call was made (runtime clock timestamp).</summary>
    internal long SentAt { get; set; }

    /// <summary>Precise start, taken only while someone listens to the call-duration metric.</summary>
    internal long TimedAt { get; set; }

    internal Activity? Activity { get; set; }

    /// <summary>Whether a caller waits for the answer (and so whether the response timeout applies).</summary>
    internal virtual bool AwaitsAnswer => true;

    /// <summary>Whether the request goes on to the grain's next activation when this one deactivates.</summary>
    internal virtual bool FollowsGrain => true;

    /// <summary>The grain interface method called.</summary>
    public abstract string MethodName { get; }

    /// <summary>How this request may interleave with others.</summary>
    public virtual RequestFlags Flags => RequestFlags.None;

    /// <summary>Set once the activation has finished running the request.</summary>
    internal bool IsFinished => Volatile.Read(ref _finished) != 0;

    /// <summary>Set once the caller has its answer (a result, an error, a timeout).</summary>
    internal bool IsAnswered => Volatile.Read(ref _callerCompleted) != 0;

    /// <summary>Runs the grain method. True when it completed synchronously (the outcome is stored).</summary>
    internal abstract bool Invoke(object? grain);

    /// <summary>Gives the caller the stored outcome (once; later attempts are ignored).</summary>
    internal abstract void AnswerCaller();

    /// <summary>Gives the caller an error instead of an outcome (once; later attempts are ignored).</summary>
    internal abstract void AnswerCaller(Exception error);

    /// <summary>The exception the grain method ended with, if any.</summary>
    internal abstract Exception? Error { get; }

    internal bool TryClaimAnswer() => Interlocked.Exchange(ref _callerCompleted, 1) == 0;

    internal bool MarkFinished() => Interlocked.Exchange(ref _finished, 1) == 0;

    /// <summary>Called after the activation has finished the request and answered the caller.</summary>
    internal virtual void OnFinished()
    {
    }

    public override void Post(SendOrPostCallback d, object? state) => Target!.EnqueueContinuation(this, d, state);

    public override void Send(SendOrPostCallback d, object? state) =>
        throw new NotSupportedException("Grain code must not block on its own activation.");

    public override SynchronizationContext CreateCopy() => this;

    public override string ToString() => Target is null ? MethodName : $"{Target}.{MethodName}";
}
