using SupportGrains.GraphQL.Language.Ast;

namespace SupportGrains.GraphQL.Validation;

/// <summary>
/// One validation rule: a small visitor over the document. All rules run together in one
/// traversal; a rule that returns false from <see cref="Enter"/> skips that node's children
/// (the others still see them).
/// </summary>
public abstract class ValidationRule
{
    protected ValidationContext Context { get; private set; } = null!;

    internal void Attach(ValidationContext context) => Context = context;

    /// <summary>Called before the node's children; false skips them for this rule.</summary>
    public virtual bool Enter(SyntaxNode node) => true;

    /// <summary>Called after the node's children.</summary>
    public virtual void Leave(SyntaxNode node)
    {
    }
}
