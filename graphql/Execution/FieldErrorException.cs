using SupportGrains.GraphQL.Language.Ast;

namespace SupportGrains.GraphQL.Execution;

/// <summary>A field cannot be resolved for a reason found while executing it (e.g. an argument that cannot be coerced).</summary>
public sealed class FieldErrorException(string message, SyntaxNode node) : Exception(message)
{
    public SyntaxNode Node { get; } = node;
}
