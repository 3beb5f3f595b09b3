namespace SupportGrains.GraphQL.Execution;

/// <summary>Completing fields whose resolvers finished asynchronously, and dispatching batch loads.</summary>
internal sealed partial class Executor
{
    private void Defer(ValueTask<object?> pending, Action<Completion> complete)
    {
        context.EnsureAsyncQueue();
        _outstanding++;
        var task = pending.AsTask();
        task.GetAwaiter().UnsafeOnCompleted(() =>
        {
            context.Completed!.Enqueue(() => complete(task.IsCompletedSuccessfully
                ? new Completion(task.Result, null)
                : new Completion(null, task.Exception?.InnerException ?? new OperationCanceledException())));
            context.Signal!.Release();
        });
    }

    /// <summary>Runs until every pending field is complete, dispatching loads whenever no completion is waiting.</summary>
    private async ValueTask DrainAsync()
    {
        if (context.LoadsPending && _outstanding == 0)
        {
            context.DispatchLoads();
        }

        while (_outstanding > 0)
        {
            if (context.LoadsPending)
            {
                context.DispatchLoads();
            }

            await context.Signal!.WaitAsync(context.CancellationToken);
            while (context.Completed!.TryDequeue(out var completion))
            {
                _outstanding--;
                completion();
            }
        }
    }

    private static async ValueTask<object?> AwaitItem(Task task)
    {
        await task;
        return task.GetType().GetProperty("Result")?.GetValue(task);
    }

    private readonly record struct Completion(object? Value, Exception? Error);
}
