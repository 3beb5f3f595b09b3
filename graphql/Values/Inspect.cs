using System.Collections;
using System.Text;
using System.Text.Json;

namespace SupportGrains.GraphQL.Values;

/// <summary>Describes a runtime value for an error message, the way graphql-js' <c>inspect</c> does.</summary>
public static class Inspect
{
    private const int MaxArrayLength = 10;
    private const int MaxRecursiveDepth = 2;

    public static string Value(object? value) => Format(value, 0);

    private static string Format(object? value, int depth) => value switch
    {
        null => "null",
        string s => JsonSerializer.Serialize(s, JsonText.Options),
        bool b => b ? "true" : "false",
        double d => JsNumber.Format(d),
        float f => JsNumber.Format(f),
        decimal m => JsNumber.Format((double)m),
        int or long or short or byte or sbyte or uint or ulong or ushort => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!,
        IReadOnlyDictionary<string, object?> map => FormatObject(map, depth),
        IDictionary dictionary => FormatObject(dictionary.Keys.Cast<object>().ToDictionary(k => k.ToString()!, k => dictionary[k]), depth),
        IEnumerable list => FormatArray(list.Cast<object?>().ToList(), depth),
        _ => value.ToString() ?? "",
    };

    private static string FormatObject(IReadOnlyDictionary<string, object?> map, int depth)
    {
        if (map.Count == 0)
        {
            return "{}";
        }

        if (depth > MaxRecursiveDepth)
        {
            return "[Object]";
        }

        return "{ " + string.Join(", ", map.Select(p => p.Key + ": " + Format(p.Value, depth + 1))) + " }";
    }

    private static string FormatArray(List<object?> list, int depth)
    {
        if (list.Count == 0)
        {
            return "[]";
        }

        if (depth > MaxRecursiveDepth)
        {
            return "[Array]";
        }

        var builder = new StringBuilder("[");
        var shown = Math.Min(MaxArrayLength, list.Count);
        for (var i = 0; i < shown; i++)
        {
            builder.Append(i == 0 ? "" : ", ").Append(Format(list[i], depth + 1));
        }

        var remaining = list.Count - shown;
        if (remaining == 1)
        {
            builder.Append(", ... 1 more item");
        }
        else if (remaining > 1)
        {
            builder.Append(", ... ").Append(remaining).Append(" more items");
        }

        return builder.Append(']').ToString();
    }
}
