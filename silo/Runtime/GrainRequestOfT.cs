using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Threading.Tasks.Sources;

namespace SupportGrains.Silo.Runtime;

/// <summary>A grain call returning <typeparamref name="TResult"/>; also the awaitable the caller holds.</summary>
public abstract class GrainRequest<TResult> : GrainRequest, IValueTaskSource<TResult>, IValueTaskSource
{
    private ManualResetValueTaskSourceCore<TResult> _answer;
    private TResult? _result;
    private ExceptionDispatchInfo? _error;
    private ConfiguredValueTaskAwaitable<TResult>.ConfiguredValueTaskAwaiter _pending;

    internal override Exception? Error => _error?.SourceException;

    /// <summary>Calls the grain method on the grain instance.</summary>
    protected abstract ValueTask<TResult> InvokeCore(object grain);

    internal override bool Invoke(object? grain)
    {
        ValueTask<TResult> running;
        try
        {
            running = InvokeCore(grain!);
        }
        catch (Exception e)
        {
            _error = ExceptionDispatchInfo.Capture(e);
            return true;
        }

        if (running.IsCompleted)
        {
            Store(running);
            return true;
        }

        _pending = running.ConfigureAwait(false).GetAwaiter();
        _pending.UnsafeOnCompleted(OnInvocationCompleted);
        return false;
    }

    internal override void AnswerCaller()
    {
        if (!TryClaimAnswer())
        {
            return;
        }

        if (_error is null)
        {
            _answer.SetResult(_result!);
        }
        else
        {
            _answer.SetException(_error.SourceException);
        }
    }

    internal override void AnswerCaller(Exception error)
    {
        if (TryClaimAnswer())
        {
            _answer.SetException(error);
        }
    }

    private void Store(ValueTask<TResult> completed)
    {
        try
        {
            _result = completed.Result;
        }
        catch (Exception e)
        {
            _error = ExceptionDispatchInfo.Capture(e);
        }
    }

    private void OnInvocationCompleted()
    {
        try
        {
            _result = _pending.GetResult();
        }
        catch (Exception e)
        {
            _error = ExceptionDispatchInfo.Capture(e);
        }

        _pending = default;

        // The caller's continuation may run inline: it must not inherit this activation's context.
        var context = Current;
        SetSynchronizationContext(null);
        try
        {
            Target!.Finish(this);
        }
        finally
        {
            SetSynchronizationContext(context);
        }
    }

    TResult IValueTaskSource<TResult>.GetResult(short token) => _answer.GetResult(token);

    void IValueTaskSource.GetResult(short token) => _answer.GetResult(token);

    ValueTaskSourceStatus IValueTaskSource<TResult>.GetStatus(short token) => _answer.GetStatus(token);

    ValueTaskSourceStatus IValueTaskSource.GetStatus(short token) => _answer.GetStatus(token);

    void IValueTaskSource<TResult>.OnCompleted(Action<object?> continuation, object? state, short token, ValueTaskSourceOnCompletedFlags flags) =>
        _answer.OnCompleted(continuation, state, token, flags);

    void IValueTaskSource.OnCompleted(Action<object?> continuation, object? state, short token, ValueTaskSourceOnCompletedFlags flags) =>
        _answer.OnCompleted(continuation, state, token, flags);
}
