namespace SupportGrains.GraphQL.Types;

/// <summary>An input object type: a structured argument. With @oneOf, exactly one field must be given.</summary>
public sealed class InputObjectType(string name, string? description = null) : NamedType(name, description)
{
    private Dictionary<string, InputValue> _fields = new(StringComparer.Ordinal);

    public IReadOnlyList<InputValue> Fields { get; private set; } = [];

    public bool IsOneOf { get; internal set; }

    public InputValue? Field(string fieldName) => _fields.GetValueOrDefault(fieldName);

    internal void SetFields(IReadOnlyList<InputValue> fields)
    {
        Fields = fields;
        _fields = fields.GroupBy(f => f.Name).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }
}
