using System.Text.Encodings.Web;
using System.Text.Json;

namespace SupportGrains.GraphQL.Values;

/// <summary>JSON settings that write text the way JavaScript's JSON.stringify does (no needless escaping).</summary>
public static class JsonText
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Converts parsed JSON into plain values: null, bool, string, double, lists and ordered maps.</summary>
    public static object? ToValue(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.GetDouble(),
        JsonValueKind.Array => element.EnumerateArray().Select(ToValue).ToArray(),
        JsonValueKind.Object => ToMap(element),
        _ => null,
    };

    private static Dictionary<string, object?> ToMap(JsonElement element)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            map[property.Name] = ToValue(property.Value);
        }

        return map;
    }
}
