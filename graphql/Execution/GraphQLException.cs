namespace SupportGrains.GraphQL.Execution;

/// <summary>
/// An error a resolver raises on purpose: its message reaches the client unmasked, with
/// <c>extensions.code</c> (e.g. NOT_FOUND) and any other extensions.
/// </summary>
public class GraphQLException : Exception
{
    public GraphQLException(string message, string code, IReadOnlyDictionary<string, object?>? extensions = null)
        : base(message)
    {
        Code = code;
        Extensions = extensions;
    }

    /// <summary>A machine-readable code, e.g. NOT_FOUND, INVALID_INPUT.</summary>
    public string Code { get; }

    /// <summary>More detail for clients (the code is added to it).</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; }
}
