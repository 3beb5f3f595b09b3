namespace SupportGrains.GraphQL.Types;

/// <summary>A union type: one of several object types.</summary>
public sealed class UnionType(string name, string? description = null) : NamedType(name, description)
{
    public IReadOnlyList<ObjectType> Types { get; internal set; } = [];

    /// <summary>Names the object type of a runtime value.</summary>
    public TypeResolver? ResolveType { get; internal set; }
}
