using SupportGrains.GraphQL.Language.Ast;

namespace SupportGrains.GraphQL.Types;

/// <summary>A directive a document may use: where it may appear and what arguments it takes.</summary>
public sealed class DirectiveDefinition(string name, IReadOnlyList<string> locations)
{
    public string Name { get; } = name;

    public string? Description { get; internal set; }

    /// <summary>Locations as the specification names them (FIELD, QUERY, FIELD_DEFINITION, ...).</summary>
    public IReadOnlyList<string> Locations { get; internal set; } = locations;

    public IReadOnlyList<InputValue> Arguments { get; internal set; } = [];

    public bool IsRepeatable { get; internal set; }

    public string? DeprecationReason { get; internal set; }

    public DirectiveDefinitionNode? Definition { get; internal set; }

    public InputValue? Argument(string argumentName) => Arguments.FirstOrDefault(a => a.Name == argumentName);
}
