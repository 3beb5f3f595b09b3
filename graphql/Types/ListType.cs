namespace SupportGrains.GraphQL.Types;

/// <summary>A list of another type.</summary>
public sealed class ListType(GraphQLType ofType) : GraphQLType
{
    public GraphQLType OfType { get; } = ofType;

    public override string ToString() => $"[{OfType}]";
}
