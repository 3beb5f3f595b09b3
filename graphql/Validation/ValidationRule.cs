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
    /// <summary>
    /// The node types Enter and Leave act on or skip below; the validator calls the rule for those
    /// alone. Null (the default) means every node.
    /// </summary>
    public virtual IReadOnlyCollection<Type>? NodeTypes => null;

    public virtual bool Enter(SyntaxNode node) => true;

    /// <summary>Called after the node's children.</summary>
    public virtual void Leave(SyntaxNode node)
    {
    }
}
