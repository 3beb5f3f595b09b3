using SupportGrains.GraphQL.Language.Ast;

namespace SupportGrains.GraphQL.Execution;

/// <summary>One GraphQL request: a document (as text, or already parsed), which operation, variables, and the host's context.</summary>
public sealed record ExecutionRequest
{
    /// <summary>The document as text (parsed and validated once, then cached).</summary>
    public string? Query { get; init; }

    /// <summary>An already parsed document (validated on every request).</summary>
    public DocumentNode? Document { get; init; }

    public string? OperationName { get; init; }

    /// <summary>Variables as plain JSON values (see <see cref="Values.JsonText.ToValue"/>).</summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    /// <summary>The parent value of the root fields.</summary>
    public object? RootValue { get; init; }

    /// <summary>Services resolvers may use (the request's scope).</summary>
    public IServiceProvider? Services { get; init; }

    /// <summary>Anything the host wants resolvers to see (e.g. the user).</summary>
    public object? UserContext { get; init; }
}
