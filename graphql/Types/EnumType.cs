using SupportGrains.GraphQL.Language;
using SupportGrains.GraphQL.Language.Ast;
using SupportGrains.GraphQL.Values;

namespace SupportGrains.GraphQL.Types;

/// <summary>An enum type: a closed set of named values.</summary>
public sealed class EnumType(string name, string? description = null) : NamedType(name, description)
{
    private Dictionary<string, EnumValue> _byName = new(StringComparer.Ordinal);
    private Dictionary<object, EnumValue> _byValue = [];

    public IReadOnlyList<EnumValue> Values { get; private set; } = [];

    public EnumValue? Value(string valueName) => _byName.GetValueOrDefault(valueName);

    /// <summary>The GraphQL name of a runtime value.</summary>
    public string Serialize(object value)
    {
        if (_byValue.TryGetValue(value, out var match))
        {
            return match.Name;
        }

        if (value is string text && _byName.TryGetValue(text, out var byName) && byName.Value is string)
        {
            return byName.Name;
        }

        throw new ScalarCoercionException($"Enum \"{Name}\" cannot represent value: {Inspect.Value(value)}");
    }

    /// <summary>The runtime value of a variable's (string) value.</summary>
    public object? ParseValue(object? input)
    {
        if (input is not string text)
        {
            throw new ScalarCoercionException($"Enum \"{Name}\" cannot represent non-string value: {Inspect.Value(input)}.{DidYouMean(Inspect.Value(input))}");
        }

        return _byName.TryGetValue(text, out var value)
            ? value.Value
            : throw new ScalarCoercionException($"Value \"{text}\" does not exist in \"{Name}\" enum.{DidYouMean(text)}");
    }

    /// <summary>The runtime value of a literal.</summary>
    public object? ParseLiteral(ValueNode node)
    {
        if (node is not EnumValueNode literal)
        {
            var printed = Printer.Print(node);
            throw new ScalarCoercionException($"Enum \"{Name}\" cannot represent non-enum value: {printed}.{DidYouMean(printed)}");
        }

        return _byName.TryGetValue(literal.Value, out var value)
            ? value.Value
            : throw new ScalarCoercionException($"Value \"{literal.Value}\" does not exist in \"{Name}\" enum.{DidYouMean(literal.Value)}");
    }

    internal void SetValues(IReadOnlyList<EnumValue> values)
    {
        Values = values;
        _byName = values.ToDictionary(v => v.Name, StringComparer.Ordinal);
        _byValue = [];
        foreach (var value in values)
        {
            if (value.Value is not null)
            {
                _byValue.TryAdd(value.Value, value);
            }
        }
    }

    private string DidYouMean(string unknown) => Suggestions.DidYouMean(Suggestions.For(unknown, Values.Select(v => v.Name)), "the enum value");
}
