using Orleans;

namespace SupportGrains.Api.Tests;

/// <summary>Counts grain calls made from outside any grain: the calls the app's API makes.</summary>
public sealed class ApiGrainCalls : IOutgoingGrainCallFilter
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public void Reset() => Interlocked.Exchange(ref _count, 0);

    public Task Invoke(IOutgoingGrainCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.SourceContext is null)
        {
            Interlocked.Increment(ref _count);
        }

        return context.Invoke();
    }
}
