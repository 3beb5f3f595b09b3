using SupportGrains.GraphQL.Language.Ast;

namespace SupportGrains.GraphQL.Types;

/// <summary>A type with a name: scalar, object, interface, union, enum or input object.</summary>
public abstract class NamedType(string name, string? description) : GraphQLType
{
    public string Name { get; } = name;

    public string? Description { get; internal set; } = description;

    /// <summary>The SDL definition the type was built from, if any.</summary>
    public TypeDefinitionNode? Definition { get; internal set; }

    /// <summary>Directives applied to the type in SDL.</summary>
    public IReadOnlyList<DirectiveNode> AppliedDirectives { get; internal set; } = [];

    public override string ToString() => Name;
}
