namespace SupportGrains.GraphQL.Types;

/// <summary>An interface type: fields that several object types share.</summary>
public sealed class InterfaceType(string name, string? description = null) : FieldsType(name, description)
{
    /// <summary>Names the object type of a runtime value.</summary>
    public TypeResolver? ResolveType { get; internal set; }
}
