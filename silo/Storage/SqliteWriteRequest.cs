using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace SupportGrains.Silo.Storage;

internal sealed class SqliteWriteRequest
{
    private const int Queued = 0;
    private const int Started = 1;
    private const int Cancelled = 2;

    // Continuations run on the thread pool, never on the writer thread, so a slow caller cannot hold up the next commit.
    private readonly TaskCompletionSource<DbDataReader> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private CancellationTokenRegistration _cancellation;
    private CancellationToken _cancellationToken;
    private int _state;

    public SqliteWriteRequest(string commandText, SqliteParameter[] parameters, bool batchable)
    {
        CommandText = commandText;
        Parameters = parameters;
        Batchable = batchable;
    }

    public string CommandText { get; }

    public SqliteParameter[] Parameters { get; }

    public bool Batchable { get; }

    public Task<DbDataReader> Completion => _completion.Task;

    public void CancelWith(CancellationToken cancellationToken)
    {
        if (cancellationToken.CanBeCanceled)
        {
            _cancellationToken = cancellationToken;
            _cancellation = cancellationToken.Register(static state => ((SqliteWriteRequest)state!).TryCancel(), this);
        }
    }

    // Cancellation is honoured only while the request waits: once the writer has started it, the caller
    // gets the real outcome, because a write that may have committed must not be reported as not done.
    public bool TryStart() => Interlocked.CompareExchange(ref _state, Started, Queued) == Queued;

    public void Succeed(DbDataReader result)
    {
        _cancellation.Unregister();
        _completion.TrySetResult(result);
    }

    public void Fail(Exception exception)
    {
        _cancellation.Unregister();
        _completion.TrySetException(exception);
    }

    private void TryCancel()
    {
        if (Interlocked.CompareExchange(ref _state, Cancelled, Queued) == Queued)
        {
            _completion.TrySetCanceled(_cancellationToken);
        }
    }
}
