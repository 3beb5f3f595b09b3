namespace SupportGrains.Silo.Runtime;

/// <summary>The result of a grain method that returns a plain Task or ValueTask.</summary>
public readonly struct VoidResult
{
    /// <summary>Adapts a Task to the request's result type, without allocating when it has already completed.</summary>
    public static ValueTask<VoidResult> From(Task task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return task.IsCompletedSuccessfully ? default : Await(task);
    }

    /// <summary>Adapts a ValueTask to the request's result type, without allocating when it has already completed.</summary>
    public static ValueTask<VoidResult> From(ValueTask task) => task.IsCompletedSuccessfully ? default : Await(task);

    private static async ValueTask<VoidResult> Await(Task task)
    {
        await task;
        return default;
    }

    private static async ValueTask<VoidResult> Await(ValueTask task)
    {
        await task;
        return default;
    }
}
