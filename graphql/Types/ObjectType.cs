namespace SupportGrains.GraphQL.Types;

/// <summary>An object type: what resolvers return and clients select fields of.</summary>
public sealed class ObjectType(string name, string? description = null) : FieldsType(name, description)
{
    /// <summary>Whether a runtime value is of this type (used to resolve abstract types when no resolver says).</summary>
    public Func<object, bool>? IsTypeOf { get; internal set; }
}
