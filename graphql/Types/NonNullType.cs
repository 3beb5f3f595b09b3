namespace SupportGrains.GraphQL.Types;

/// <summary>A type whose values are never null.</summary>
public sealed class NonNullType : GraphQLType
{
    public NonNullType(GraphQLType ofType)
    {
        if (ofType is NonNullType)
        {
            throw new ArgumentException("A non-null type cannot wrap another non-null type.", nameof(ofType));
        }

        OfType = ofType;
    }

    public GraphQLType OfType { get; }

    public override string ToString() => $"{OfType}!";
}
