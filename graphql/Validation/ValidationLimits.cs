namespace SupportGrains.GraphQL.Validation;

/// <summary>Limits on what a document may ask for, checked with validation. Zero turns a limit off.</summary>
public sealed record ValidationLimits
{
    /// <summary>The deepest field nesting (the root fields are depth 1), fragments followed.</summary>
    public int MaxDepth { get; init; } = 15;

    /// <summary>The most aliases in one operation.</summary>
    public int MaxAliases { get; init; } = 30;

    /// <summary>The most costly operation: each field costs 1, multiplied by the list sizes above it (10 per list level).</summary>
    public int MaxCost { get; init; } = 25_000;

    /// <summary>The most directives on one field or fragment.</summary>
    public int MaxDirectivesPerSelection { get; init; } = 10;

    /// <summary>
    /// The most operations in one document. Only one runs per request; a document of thousands
    /// (3,000 fit in the token limit) costs every rule a walk of each, for nothing.
    /// </summary>
    public int MaxOperations { get; init; } = 100;

    /// <summary>No limits (for trusted tools).</summary>
    public static ValidationLimits None { get; } = new() { MaxDepth = 0, MaxAliases = 0, MaxCost = 0, MaxDirectivesPerSelection = 0, MaxOperations = 0 };
}
