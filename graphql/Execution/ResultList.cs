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

    public IEnumerator<object?> GetEnumerator() => ((IEnumerable<object?>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();
}
