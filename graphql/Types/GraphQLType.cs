namespace SupportGrains.GraphQL.Types;

/// <summary>A GraphQL type: a named type, or a list or non-null wrapper around one.</summary>
public abstract class GraphQLType
{
    /// <summary>The named type inside any list and non-null wrappers.</summary>
    public NamedType NamedType => this switch
    {
        NamedType named => named,
        ListType list => list.OfType.NamedType,
        NonNullType nonNull => nonNull.OfType.NamedType,
        _ => throw new InvalidOperationException("Unknown type wrapper."),
    };

    /// <summary>The type without its outer non-null wrapper.</summary>
    public GraphQLType Nullable => this is NonNullType nonNull ? nonNull.OfType : this;

    public bool IsInputType => NamedType is ScalarType or EnumType or InputObjectType;

    public bool IsOutputType => NamedType is ScalarType or EnumType or ObjectType or InterfaceType or UnionType;

    public bool IsLeafType => this is ScalarType or EnumType;

    public bool IsCompositeType => this is ObjectType or InterfaceType or UnionType;

    public bool IsAbstractType => this is InterfaceType or UnionType;

    /// <summary>The type as written in SDL, e.g. <c>[String!]!</c>.</summary>
    public abstract override string ToString();
}
