using System.Collections;

namespace SupportGrains.GraphQL.Execution;

/// <summary>A list of the result.</summary>
public sealed class ResultList : ResultNode, IReadOnlyList<object?>
{
    private readonly object?[] _items;

    internal ResultList(int count) => _items = new object?[count];

    public int Count => _items.Length;

    public object? this[int index] => _items[index];

    internal override void Set(int index, object? value)
    {
        if (!IsNulled)
        {
            _items[index] = value;
        }
    }

    internal void WriteTo(System.Text.Json.Utf8JsonWriter writer)
    {
        writer.WriteStartArray();
        foreach (var item in _items)
        {
            ResultJson.WriteValue(item, writer);
        }

        writer.WriteEndArray();
    }

    public IEnumerator<object?> GetEnumerator() => ((IEnumerable<object?>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();
}
