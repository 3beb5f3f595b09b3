namespace SupportGrains.GraphQL.Http;

/// <summary>How the GraphQL endpoint behaves over HTTP.</summary>
public sealed record GraphQLHttpOptions
{
    /// <summary>The largest request body accepted (larger gets 413).</summary>
    public long MaxRequestBodySize { get; init; } = 1024 * 1024;

    /// <summary>Serve the GraphQL IDE to browsers asking GET for HTML.</summary>
    public bool EnableIde { get; init; } = true;

    /// <summary>Serve the schema as SDL at <c>?sdl</c> (stays on even when introspection is off).</summary>
    public bool ExposeSdl { get; init; } = true;

    /// <summary>The page title of the IDE.</summary>
    public string IdeTitle { get; init; } = "GraphQL";

    /// <summary>A query shown in the IDE when it opens.</summary>
    public string? IdeDefaultQuery { get; init; }
}
