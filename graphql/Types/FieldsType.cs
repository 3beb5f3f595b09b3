namespace SupportGrains.GraphQL.Types;

/// <summary>An object or interface type: a named set of fields, and the interfaces it implements.</summary>
public abstract class FieldsType(string name, string? description) : NamedType(name, description)
{
    private Dictionary<string, FieldDefinition> _fields = new(StringComparer.Ordinal);

    /// <summary>The fields, in definition order.</summary>
    public IReadOnlyList<FieldDefinition> Fields { get; private set; } = [];

    public IReadOnlyList<InterfaceType> Interfaces { get; internal set; } = [];

    public FieldDefinition? Field(string fieldName) => _fields.GetValueOrDefault(fieldName);

    internal void SetFields(IReadOnlyList<FieldDefinition> fields)
    {
        Fields = fields;
        _fields = fields.GroupBy(f => f.Name).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }
}
