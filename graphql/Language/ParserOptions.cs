namespace SupportGrains.GraphQL.Language;

/// <summary>
/// Hard limits on what the parser accepts, so a hostile document gets a clear error instead of a
/// stack overflow or unbounded memory.
/// </summary>
public sealed record ParserOptions
{
    /// <summary>The defaults for documents from clients.</summary>
    public static ParserOptions Default { get; } = new();

    /// <summary>No limits beyond the recursion guard: for trusted input such as the application's own SDL.</summary>
    public static ParserOptions Trusted { get; } = new() { MaxTokens = int.MaxValue, MaxSourceLength = int.MaxValue };

    /// <summary>The most lexical tokens a document may have (comments not counted).</summary>
    public int MaxTokens { get; init; } = 15_000;

    /// <summary>The deepest nesting of selection sets, list and object values, and type wrappers.</summary>
    public int MaxDepth { get; init; } = 128;

    /// <summary>The longest source, in UTF-16 code units.</summary>
    public int MaxSourceLength { get; init; } = 1_000_000;
}
