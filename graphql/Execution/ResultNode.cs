namespace SupportGrains.GraphQL.Execution;

/// <summary>
/// A map or list of the result being built, linked to its place in its parent so that a null in
/// a non-null position can travel up to the nearest nullable place (the spec's null propagation).
/// </summary>
public abstract class ResultNode
{
    internal ResultNode? Parent { get; init; }

    internal int IndexInParent { get; init; }

    /// <summary>Whether this node's place in its parent may not be null.</summary>
    internal bool NonNullInParent { get; init; }

    /// <summary>Set when null propagation replaced this node: writes to it are dropped.</summary>
    internal bool IsNulled { get; set; }

    internal abstract void Set(int index, object? value);
}
