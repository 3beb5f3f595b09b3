using Microsoft.Extensions.Logging;
using SupportGrains.GraphQL.Language;
using SupportGrains.GraphQL.Validation;

namespace SupportGrains.GraphQL.Execution;

/// <summary>How an executor parses, validates and runs requests, and the limits it enforces.</summary>
public sealed record ExecutionOptions
{
    public ParserOptions Parser { get; init; } = ParserOptions.Default;

    /// <summary>Depth, alias and cost limits checked with validation.</summary>
    public ValidationLimits Limits { get; init; } = new();

    /// <summary>How many distinct documents keep their parsed and validated form.</summary>
    public int DocumentCacheSize { get; init; } = 1024;

    /// <summary>
    /// The most document text, in characters, the cache keeps in all: with the count alone, a
    /// client sending distinct documents of up to 1 MB would have the cache hold a gigabyte.
    /// </summary>
    public int DocumentCacheCharacters { get; init; } = 1_000_000;

    /// <summary>The longest document the cache keeps; longer ones (rare, and bounded by the parser's limits) are parsed every time.</summary>
    public int MaxCachedDocumentLength { get; init; } = 64 * 1024;

    /// <summary>How long one request may run; null for no limit.</summary>
    public TimeSpan? Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Replaces the message of exceptions not raised on purpose with "Unexpected execution error" and a trace id (the exception is logged).</summary>
    public bool MaskUnexpectedErrors { get; init; } = true;

    public ILogger? Logger { get; init; }

    /// <summary>
    /// Turns an application's own exceptions (say, a domain refusal) into errors raised on purpose,
    /// with their code; return null to leave an exception to the default handling.
    /// </summary>
    public Func<Exception, GraphQLException?>? TranslateException { get; init; }

    /// <summary>Told of every request once it has its result (refused documents included); it must not throw, and should be quick.</summary>
    public Action<ExecutedRequest>? Executed { get; init; }
}
