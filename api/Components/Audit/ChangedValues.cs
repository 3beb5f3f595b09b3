using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SupportGrains.Api.Components.Audit;

/// <summary>
/// What an audit entry changed, read from its before and after (whole records, as JSON): the values
/// that differ, each named by its place in the record ("availabilityHistory[0].status"), so a
/// director reads "…status: AVAILABLE → OFF_SICK" instead of two records side by side. Each item of
/// a list is compared in its place; a value longer than a line or two is cut short.
/// </summary>
public static class ChangedValues
{
    private const int Longest = 160;

    public static ImmutableArray<ChangedValue> Of(string? before, string? after)
    {
        var was = Flatten(Parse(before));
        var now = Flatten(Parse(after));
        var fields = now.Keys.Concat(was.Keys.Where(k => !now.ContainsKey(k)));
        return [.. fields
            .Where(f => was.GetValueOrDefault(f) != now.GetValueOrDefault(f) && !EmptiedOrFilled(f, was, now) && !EmptiedOrFilled(f, now, was))
            .Select(f => new ChangedValue(f, Shorten(was.GetValueOrDefault(f)), Shorten(now.GetValueOrDefault(f))))];
    }

    // An empty list on one side and its items on the other: the items say it.
    private static bool EmptiedOrFilled(string field, Dictionary<string, string> empty, Dictionary<string, string> items) =>
        empty.GetValueOrDefault(field) == "[]" && items.Keys.Any(k => k.StartsWith(field + "[", StringComparison.Ordinal));

    private static JsonNode? Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(json);
        }
        catch (JsonException)
        {
            // Not JSON: the text itself is the value.
            return JsonValue.Create(json);
        }
    }

    private static Dictionary<string, string> Flatten(JsonNode? node)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        Add(values, "", node);
        return values;
    }

    private static void Add(Dictionary<string, string> values, string path, JsonNode? node)
    {
        switch (node)
        {
            case null:
                if (path.Length > 0)
                {
                    values[path] = "null";
                }

                break;
            case JsonObject record:
                foreach (var (name, value) in record)
                {
                    Add(values, path.Length == 0 ? name : $"{path}.{name}", value);
                }

                break;
            case JsonArray list:
                for (var i = 0; i < list.Count; i++)
                {
                    Add(values, $"{path}[{i}]", list[i]);
                }

                if (list.Count == 0 && path.Length > 0)
                {
                    values[path] = "[]";
                }

                break;
            case JsonValue value when value.TryGetValue<string>(out var text):
                values[path.Length == 0 ? "value" : path] = text;
                break;
            default:
                values[path.Length == 0 ? "value" : path] = node.ToJsonString();
                break;
        }
    }

    private static string? Shorten(string? value) => value is { Length: > Longest } ? value[..(Longest - 1)] + "…" : value;
}
