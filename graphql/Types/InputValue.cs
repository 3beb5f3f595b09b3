using SupportGrains.GraphQL.Language.Ast;

namespace SupportGrains.GraphQL.Types;

/// <summary>An argument of a field or directive, or a field of an input object.</summary>
public sealed class InputValue(string name, GraphQLType type)
{
    public string Name { get; } = name;

    public GraphQLType Type { get; internal set; } = type;

    public string? Description { get; internal set; }

    /// <summary>Whether a default value is defined (a default of null is still a default).</summary>
    public bool HasDefaultValue { get; internal set; }

    /// <summary>The default, as a literal; coerced when used.</summary>
    public ValueNode? DefaultValueLiteral { get; internal set; }

    /// <summary>The default, coerced to the internal value.</summary>
    public object? DefaultValue { get; internal set; }

    public string? DeprecationReason { get; internal set; }

    public InputValueDefinitionNode? Definition { get; internal set; }

    public bool IsRequired => Type is NonNullType && !HasDefaultValue;
}
