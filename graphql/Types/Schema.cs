using SupportGrains.GraphQL.Language.Ast;

namespace SupportGrains.GraphQL.Types;

/// <summary>
/// A complete, validated schema: its root types, every named type, its directives, and the
/// relationships between abstract and object types. Immutable once built.
/// </summary>
public sealed class Schema
{
    private readonly Dictionary<string, NamedType> _types;
    private readonly Dictionary<string, DirectiveDefinition> _directives;
    private readonly Dictionary<NamedType, IReadOnlyList<ObjectType>> _possibleTypes = [];
    private readonly Dictionary<InterfaceType, IReadOnlyList<InterfaceType>> _interfaceImplementations = [];

    internal Schema(ObjectType query, ObjectType? mutation, ObjectType? subscription, IEnumerable<NamedType> types,
        IEnumerable<DirectiveDefinition> directives, string? description)
    {
        Query = query;
        Mutation = mutation;
        Subscription = subscription;
        Description = description;
        _types = types.ToDictionary(t => t.Name, StringComparer.Ordinal);
        _directives = directives.ToDictionary(d => d.Name, StringComparer.Ordinal);
        Directives = [.. _directives.Values];
        foreach (var type in _types.Values)
        {
            switch (type)
            {
                case UnionType union:
                    _possibleTypes[union] = union.Types;
                    break;
                case InterfaceType face:
                    _possibleTypes[face] = _types.Values.OfType<ObjectType>().Where(o => o.Interfaces.Contains(face)).ToList();
                    _interfaceImplementations[face] = _types.Values.OfType<InterfaceType>().Where(i => i.Interfaces.Contains(face)).ToList();
                    break;
            }
        }

        TypeNameField = new FieldDefinition("__typename", new NonNullType(BuiltInScalars.String))
        {
            Description = "The name of the current Object type at runtime.",
        };
    }

    public ObjectType Query { get; }

    public ObjectType? Mutation { get; }

    public ObjectType? Subscription { get; }

    public string? Description { get; }

    /// <summary>Every named type, including the introspection types.</summary>
    public IReadOnlyCollection<NamedType> Types => _types.Values;

    public IReadOnlyList<DirectiveDefinition> Directives { get; }

    /// <summary>The <c>__typename</c> meta field, valid on every composite type.</summary>
    public FieldDefinition TypeNameField { get; }

    /// <summary>The <c>__schema</c> meta field of the query type.</summary>
    public FieldDefinition SchemaField { get; internal set; } = null!;

    /// <summary>The <c>__type(name:)</c> meta field of the query type.</summary>
    public FieldDefinition TypeField { get; internal set; } = null!;

    /// <summary>Whether introspection queries (<c>__schema</c>, <c>__type</c>) are answered.</summary>
    public bool IntrospectionEnabled { get; internal set; } = true;

    public NamedType? Type(string name) => _types.GetValueOrDefault(name);

    public DirectiveDefinition? Directive(string name) => _directives.GetValueOrDefault(name);

    public ObjectType? RootType(OperationType operation) => operation switch
    {
        OperationType.Query => Query,
        OperationType.Mutation => Mutation,
        _ => Subscription,
    };

    /// <summary>The object types a value of an abstract type may be.</summary>
    public IReadOnlyList<ObjectType> PossibleTypes(NamedType abstractType) => abstractType switch
    {
        ObjectType o => [o],
        _ => _possibleTypes.GetValueOrDefault(abstractType) ?? [],
    };

    /// <summary>Whether <paramref name="maybeSubType"/> is a possible type (or implementing interface) of <paramref name="abstractType"/>.</summary>
    public bool IsSubType(NamedType abstractType, NamedType maybeSubType) => maybeSubType switch
    {
        ObjectType o => PossibleTypes(abstractType).Contains(o),
        InterfaceType i when abstractType is InterfaceType face => _interfaceImplementations.GetValueOrDefault(face)?.Contains(i) == true,
        _ => false,
    };

    /// <summary>The field of a composite type by name, including the meta fields.</summary>
    public FieldDefinition? FieldOf(NamedType parentType, string fieldName)
    {
        if (fieldName == "__typename" && parentType is ObjectType or InterfaceType or UnionType)
        {
            return TypeNameField;
        }

        if (ReferenceEquals(parentType, Query))
        {
            if (fieldName == "__schema")
            {
                return SchemaField;
            }

            if (fieldName == "__type")
            {
                return TypeField;
            }
        }

        return (parentType as FieldsType)?.Field(fieldName);
    }

    /// <summary>Resolves a type reference of a document against this schema; null when a name is unknown.</summary>
    public GraphQLType? TypeFromAst(TypeNode node) => node switch
    {
        NamedTypeNode named => Type(named.Name.Value),
        ListTypeNode list => TypeFromAst(list.Type) is { } inner ? new ListType(inner) : null,
        NonNullTypeNode nonNull => TypeFromAst(nonNull.Type) is { } inner ? new NonNullType(inner) : null,
        _ => null,
    };
}
