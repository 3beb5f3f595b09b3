using SupportGrains.GraphQL.Language.Ast;

namespace SupportGrains.GraphQL.Types;

/// <summary>
/// A leaf type. <see cref="Serialize"/> turns a resolver's value into output, <see cref="ParseValue"/>
/// turns a variable's JSON value into an internal value, and <see cref="ParseLiteral"/> does the same
/// for a literal in the document. Each throws <see cref="ScalarCoercionException"/> when it cannot.
/// </summary>
public sealed class ScalarType : NamedType
{
    public ScalarType(string name, Func<object, object> serialize, Func<object?, object?> parseValue, Func<ValueNode, IReadOnlyDictionary<string, object?>?, object?> parseLiteral, string? description = null, string? specifiedByUrl = null)
        : base(name, description)
    {
        Serialize = serialize;
        ParseValue = parseValue;
        ParseLiteral = parseLiteral;
        SpecifiedByUrl = specifiedByUrl;
    }

    public Func<object, object> Serialize { get; }

    public Func<object?, object?> ParseValue { get; }

    /// <summary>Parses a literal; the variables are given for scalars whose literals may contain them.</summary>
    public Func<ValueNode, IReadOnlyDictionary<string, object?>?, object?> ParseLiteral { get; }

    public string? SpecifiedByUrl { get; internal set; }

    /// <summary>A copy with another description or URL (for SDL that redeclares a built-in custom scalar).</summary>
    internal ScalarType With(string? description, string? specifiedByUrl) =>
        new(Name, Serialize, ParseValue, ParseLiteral, description ?? Description, specifiedByUrl ?? SpecifiedByUrl);
}
