using SupportGrains.GraphQL.Execution;
using SupportGrains.GraphQL.Language.Ast;

namespace SupportGrains.GraphQL.Types;

/// <summary>A field of an object or interface type, with its arguments and resolver.</summary>
public sealed class FieldDefinition(string name, GraphQLType type)
{
    public string Name { get; } = name;

    public GraphQLType Type { get; internal set; } = type;

    public string? Description { get; internal set; }

    public IReadOnlyList<InputValue> Arguments { get; internal set; } = [];

    public string? DeprecationReason { get; internal set; }

    /// <summary>Produces the field's value from its parent object.</summary>
    public FieldResolver? Resolver { get; internal set; }

    /// <summary>
    /// Set when the resolver only reads the parent value (a bound property, the by-name default, most
    /// introspection fields): the executor then calls it directly, with no resolve context.
    /// </summary>
    internal Func<object, object?>? SourceReader { get; set; }

    /// <summary>For subscription fields: produces the stream of events.</summary>
    public SubscriptionResolver? Subscriber { get; internal set; }

    public FieldDefinitionNode? Definition { get; internal set; }

    public InputValue? Argument(string argumentName)
    {
        foreach (var argument in Arguments)
        {
            if (argument.Name == argumentName)
            {
                return argument;
            }
        }

        return null;
    }
}
