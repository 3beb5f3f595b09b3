namespace SupportGrains.Silo;

/// <summary>
/// A call would wait forever: it needs an activation that is busy with one of the call's own
/// callers (A → B → A). Orleans lets such a call hang until its response timeout; this runtime
/// refuses it at once and names the chain.
/// </summary>
public sealed class DeadlockException : Exception
{
    public DeadlockException(IReadOnlyList<string> callChain)
        : base($"Call cycle refused: {string.Join(" → ", callChain)}. {callChain[0].Split('.')[0]} is busy with the first call, which waits for the last; the grain is not reentrant.")
    {
        CallChain = callChain;
    }

    /// <summary>The calls in the cycle, outermost first, as "grain type/key.Method".</summary>
    public IReadOnlyList<string> CallChain { get; }
}
