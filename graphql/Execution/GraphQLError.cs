using SupportGrains.GraphQL.Language;
using SupportGrains.GraphQL.Language.Ast;

namespace SupportGrains.GraphQL.Execution;

/// <summary>An error in a response: a message a person can read, where in the document, where in the result, and extensions.</summary>
public sealed class GraphQLError
{
    public GraphQLError(string message, IEnumerable<SyntaxNode>? nodes = null, ResponsePath? path = null, IReadOnlyDictionary<string, object?>? extensions = null)
    {
        Message = message;
        Locations = nodes?.Select(n => (n.Location.Line, n.Location.Column)).Where(l => l.Line > 0).ToList() ?? [];
        Path = path?.ToList();
        Extensions = extensions;
    }

    public GraphQLError(string message, Location location)
    {
        Message = message;
        Locations = [(location.Line, location.Column)];
    }

    public string Message { get; }

    public IReadOnlyList<(int Line, int Column)> Locations { get; }

    public IReadOnlyList<object>? Path { get; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    public string? Code => Extensions?.GetValueOrDefault("code") as string;

    public override string ToString() => Message;
}
