using System.Diagnostics.Metrics;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace SupportGrains.Silo.Storage;

/// <summary>
/// Group commit: concurrent writes queue here and one writer loop commits everything pending in
/// a single transaction, then answers each caller. One durable commit (one fsync) serves many
/// writes, and nothing is acknowledged before its commit. When a batch fails, its operations are
/// retried one by one, so one bad write does not fail the others.
/// </summary>
internal sealed class GroupCommit : IAsyncDisposable
{
    private const int MaxBatch = 512;

    private readonly Channel<StorageOperation> _queue = Channel.CreateUnbounded<StorageOperation>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Func<IReadOnlyList<StorageOperation>, CancellationToken, Task> _commit;
    private readonly ILogger _logger;
    private readonly Histogram<int> _batchSize;
    private readonly Counter<long> _failures;
    private readonly Task _loop;

    public GroupCommit(string provider, Func<IReadOnlyList<StorageOperation>, CancellationToken, Task> commit, ILogger logger, Meter meter)
    {
        _commit = commit;
        _logger = logger;
        _batchSize = meter.CreateHistogram<int>($"supportgrains.storage.{provider}.batch.size", description: "Writes committed together in one transaction");
        _failures = meter.CreateCounter<long>($"supportgrains.storage.{provider}.failures", description: "Writes that failed for a storage error");
        _loop = Task.Run(RunAsync);
    }

    public async Task<string?> SubmitAsync(StorageOperation operation)
    {
        if (!_queue.Writer.TryWrite(operation))
        {
            throw new ObjectDisposedException(nameof(GroupCommit), "The storage provider is shut down.");
        }

        return await operation.Done;
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop;
    }

    private async Task RunAsync()
    {
        var batch = new List<StorageOperation>(MaxBatch);
        var reader = _queue.Reader;
        while (await reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < MaxBatch && reader.TryRead(out var operation))
            {
                batch.Add(operation);
            }

            try
            {
                await _commit(batch, CancellationToken.None);
                _batchSize.Record(batch.Count);
                batch.ForEach(o => o.Complete());
            }
            catch (Exception e) when (batch.Count > 1)
            {
                _logger.LogWarning(e, "A group commit of {Count} writes failed; retrying them one by one", batch.Count);
                foreach (var operation in batch)
                {
                    await CommitAloneAsync(operation);
                }
            }
            catch (Exception e)
            {
                _failures.Add(1);
                _logger.LogError(e, "A storage write failed");
                batch[0].Fail(e);
            }
        }
    }

    private async Task CommitAloneAsync(StorageOperation operation)
    {
        operation.Reset();
        try
        {
            await _commit([operation], CancellationToken.None);
            operation.Complete();
        }
        catch (Exception e)
        {
            _failures.Add(1);
            _logger.LogError(e, "A storage write failed");
            operation.Fail(e);
        }
    }
}
