namespace SupportGrains.GraphQL.Language.Ast;

/// <summary>
/// The base of every node of the abstract syntax tree. Nodes are immutable; compare them by
/// reference (<see cref="ReferenceEqualityComparer"/>) when using them as keys.
/// </summary>
public abstract record SyntaxNode
{
    /// <summary>Where the node starts and ends in the source.</summary>
    public Location Location { get; init; }
}
