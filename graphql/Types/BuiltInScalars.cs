using System.Globalization;
using SupportGrains.GraphQL.Language;
using SupportGrains.GraphQL.Language.Ast;
using SupportGrains.GraphQL.Values;

namespace SupportGrains.GraphQL.Types;

/// <summary>
/// The five scalars of the specification, with graphql-js' coercion rules and messages, and the
/// ready-made custom scalars Date (ISO calendar date ↔ DateOnly) and DateTime (ISO 8601 with offset ↔ DateTimeOffset).
/// </summary>
public static class BuiltInScalars
{
    private const double MaxInt = int.MaxValue;
    private const double MinInt = int.MinValue;

    // Results hold values as objects: an int, double or bool that already is one is passed on as the
    // same box, and booleans use two shared boxes, so serialising allocates nothing.
    private static readonly object True = true;
    private static readonly object False = false;

    public static ScalarType Int { get; } = new(
        "Int",
        value =>
        {
            if (value is int)
            {
                return value;
            }

            var coerced = value is bool b ? (b ? 1d : 0d) : value is string s && s.Length > 0 && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? parsed : value;
            if (!TryNumber(coerced, out var number) || !IsInteger(number))
            {
                throw new ScalarCoercionException($"Int cannot represent non-integer value: {Inspect.Value(coerced)}");
            }

            if (number > MaxInt || number < MinInt)
            {
                throw new ScalarCoercionException($"Int cannot represent non 32-bit signed integer value: {Inspect.Value(coerced)}");
            }

            return (int)number;
        },
        input =>
        {
            if (input is bool || input is string || !TryNumber(input, out var number) || !IsInteger(number))
            {
                throw new ScalarCoercionException($"Int cannot represent non-integer value: {Inspect.Value(input)}");
            }

            if (number > MaxInt || number < MinInt)
            {
                throw new ScalarCoercionException($"Int cannot represent non 32-bit signed integer value: {Inspect.Value(input)}");
            }

            return (int)number;
        },
        (node, _) =>
        {
            if (node is not IntValueNode literal)
            {
                throw new ScalarCoercionException($"Int cannot represent non-integer value: {Printer.Print(node)}");
            }

            var number = double.Parse(literal.Value, CultureInfo.InvariantCulture);
            if (number > MaxInt || number < MinInt)
            {
                throw new ScalarCoercionException($"Int cannot represent non 32-bit signed integer value: {literal.Value}");
            }

            return (int)number;
        },
        "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.");

    public static ScalarType Float { get; } = new(
        "Float",
        value =>
        {
            if (value is double d && double.IsFinite(d))
            {
                return value;
            }

            var coerced = value is bool b ? (b ? 1d : 0d) : value is string s && s.Length > 0 && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? parsed : value;
            if (!TryNumber(coerced, out var number) || !double.IsFinite(number))
            {
                throw new ScalarCoercionException($"Float cannot represent non numeric value: {Inspect.Value(coerced)}");
            }

            return number;
        },
        input =>
        {
            if (input is bool || input is string || !TryNumber(input, out var number) || !double.IsFinite(number))
            {
                throw new ScalarCoercionException($"Float cannot represent non numeric value: {Inspect.Value(input)}");
            }

            return number;
        },
        (node, _) => node switch
        {
            FloatValueNode f => FiniteFloat(f.Value),
            IntValueNode i => FiniteFloat(i.Value),
            _ => throw new ScalarCoercionException($"Float cannot represent non numeric value: {Printer.Print(node)}"),
        },
        "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).");

    // A literal too large for a double (1e400) parses as infinity: refused, as the spec says, like any value a finite double cannot hold.
    private static double FiniteFloat(string literal)
    {
        var number = double.Parse(literal, CultureInfo.InvariantCulture);
        return double.IsFinite(number)
            ? number
            : throw new ScalarCoercionException($"Float cannot represent {(literal.Length > 40 ? literal[..40] + "…" : literal)}: it is too large for a double-precision number.");
    }

    public static ScalarType String { get; } = new(
        "String",
        value => value switch
        {
            string s => s,
            bool b => b ? "true" : "false",
            char c => c.ToString(),
            Guid g => g.ToString(),
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateTimeOffset t => FormatDateTime(t),
            Enum e => e.ToString(),
            _ when TryNumber(value, out var n) && double.IsFinite(n) => JsNumber.Format(n),
            _ => throw new ScalarCoercionException($"String cannot represent value: {Inspect.Value(value)}"),
        },
        input => input as string ?? throw new ScalarCoercionException($"String cannot represent a non string value: {Inspect.Value(input)}"),
        (node, _) => node is StringValueNode s ? s.Value : throw new ScalarCoercionException($"String cannot represent a non string value: {Printer.Print(node)}"),
        "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.");

    public static ScalarType Boolean { get; } = new(
        "Boolean",
        value => value switch
        {
            bool b => b ? True : False,
            _ when TryNumber(value, out var n) && double.IsFinite(n) => n != 0 ? True : False,
            _ => throw new ScalarCoercionException($"Boolean cannot represent a non boolean value: {Inspect.Value(value)}"),
        },
        input => input as bool? ?? throw new ScalarCoercionException($"Boolean cannot represent a non boolean value: {Inspect.Value(input)}"),
        (node, _) => node is BooleanValueNode b ? b.Value : throw new ScalarCoercionException($"Boolean cannot represent a non boolean value: {Printer.Print(node)}"),
        "The `Boolean` scalar type represents `true` or `false`.");

    public static ScalarType ID { get; } = new(
        "ID",
        value => value switch
        {
            string s => s,
            Guid g => g.ToString(),
            _ when value is not bool && TryNumber(value, out var n) && IsInteger(n) => JsNumber.Format(n),
            _ => throw new ScalarCoercionException($"ID cannot represent value: {Inspect.Value(value)}"),
        },
        input => input switch
        {
            string s => s,
            _ when input is not bool && TryNumber(input, out var n) && IsInteger(n) => JsNumber.Format(n),
            _ => throw new ScalarCoercionException($"ID cannot represent value: {Inspect.Value(input)}"),
        },
        (node, _) => node switch
        {
            StringValueNode s => s.Value,
            IntValueNode i => i.Value,
            _ => throw new ScalarCoercionException($"ID cannot represent a non-string and non-integer value: {Printer.Print(node)}"),
        },
        "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.");

    public static ScalarType Date { get; } = new(
        "Date",
        value => value switch
        {
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateTime t => DateOnly.FromDateTime(t).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            string s when TryParseDate(s, out var d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            _ => throw new ScalarCoercionException($"Date cannot represent value: {Inspect.Value(value)}"),
        },
        input => input is string s && TryParseDate(s, out var date)
            ? date
            : throw new ScalarCoercionException($"Date cannot represent value: {Inspect.Value(input)}; expected a calendar date such as \"2026-11-22\"."),
        (node, _) => node is StringValueNode s && TryParseDate(s.Value, out var date)
            ? date
            : throw new ScalarCoercionException($"Date cannot represent value: {Printer.Print(node)}; expected a calendar date such as \"2026-11-22\"."),
        "An ISO-8601 calendar date, such as 2026-11-22.",
        "https://scalars.graphql.org/andimarek/local-date.html");

    public static ScalarType DateTime { get; } = new(
        "DateTime",
        value => value switch
        {
            DateTimeOffset t => FormatDateTime(t),
            System.DateTime t => FormatDateTime(new DateTimeOffset(t.Kind == DateTimeKind.Unspecified ? System.DateTime.SpecifyKind(t, DateTimeKind.Utc) : t)),
            string s when TryParseDateTime(s, out var t) => FormatDateTime(t),
            _ => throw new ScalarCoercionException($"DateTime cannot represent value: {Inspect.Value(value)}"),
        },
        input => input is string s && TryParseDateTime(s, out var time)
            ? time
            : throw new ScalarCoercionException($"DateTime cannot represent value: {Inspect.Value(input)}; expected a date and time with offset such as \"2026-11-22T09:30:00Z\"."),
        (node, _) => node is StringValueNode s && TryParseDateTime(s.Value, out var time)
            ? time
            : throw new ScalarCoercionException($"DateTime cannot represent value: {Printer.Print(node)}; expected a date and time with offset such as \"2026-11-22T09:30:00Z\"."),
        "An ISO-8601 date and time with offset, such as 2026-11-22T09:30:00Z.",
        "https://scalars.graphql.org/andimarek/date-time.html");

    /// <summary>The scalars every schema has.</summary>
    public static IReadOnlyList<ScalarType> Specified { get; } = [Int, Float, String, Boolean, ID];

    /// <summary>A scalar that passes values through unchanged (graphql-js' default for SDL-declared scalars).</summary>
    public static ScalarType PassThrough(string name, string? description = null, string? specifiedByUrl = null) =>
        new(name, value => value, input => input, (node, variables) => ValueFromAstUntyped(node, variables), description, specifiedByUrl);

    /// <summary>A literal as a plain value, without a type to guide it.</summary>
    public static object? ValueFromAstUntyped(ValueNode node, IReadOnlyDictionary<string, object?>? variables) => node switch
    {
        NullValueNode => null,
        IntValueNode i => double.Parse(i.Value, CultureInfo.InvariantCulture),
        FloatValueNode f => double.Parse(f.Value, CultureInfo.InvariantCulture),
        StringValueNode s => s.Value,
        EnumValueNode e => e.Value,
        BooleanValueNode b => b.Value,
        ListValueNode l => l.Values.Select(v => ValueFromAstUntyped(v, variables)).ToArray(),
        ObjectValueNode o => o.Fields.ToDictionary(f => f.Name.Value, f => ValueFromAstUntyped(f.Value, variables), StringComparer.Ordinal),
        VariableNode v => variables?.GetValueOrDefault(v.Name.Value),
        _ => null,
    };

    internal static bool TryNumber(object? value, out double number)
    {
        switch (value)
        {
            case int i: number = i; return true;
            case long l: number = l; return true;
            case double d: number = d; return true;
            case float f: number = f; return true;
            case decimal m: number = (double)m; return true;
            case short s: number = s; return true;
            case byte b: number = b; return true;
            case sbyte sb: number = sb; return true;
            case uint ui: number = ui; return true;
            case ulong ul: number = ul; return true;
            case ushort us: number = us; return true;
            default: number = 0; return false;
        }
    }

    private static bool IsInteger(double number) => double.IsFinite(number) && Math.Floor(number) == number;

    private static bool TryParseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static bool TryParseDateTime(string text, out DateTimeOffset time)
    {
        time = default;
        var hasOffset = text.EndsWith('Z') || text.EndsWith('z') || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':');
        return hasOffset && text.Contains('T', StringComparison.OrdinalIgnoreCase)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out time);
    }

    private static string FormatDateTime(DateTimeOffset time) => time.Offset == TimeSpan.Zero
        ? time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture)
        : time.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);
}
