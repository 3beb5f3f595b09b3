using System.Collections;

namespace SupportGrains.GraphQL.Execution;

/// <summary>An object of the result: response keys in the order the query asked for them, with their values.</summary>
public sealed class ResultMap : ResultNode, IReadOnlyList<KeyValuePair<string, object?>>
{
    private readonly string?[] _keys;
    private readonly object?[] _values;

    internal ResultMap(int capacity)
    {
        _keys = new string?[capacity];
        _values = new object?[capacity];
    }

    public int Count => _keys.Length;

    public KeyValuePair<string, object?> this[int index] => new(_keys[index] ?? "", _values[index]);

    /// <summary>The value of a response key (null when absent).</summary>
    public object? this[string key]
    {
        get
        {
            for (var i = 0; i < _keys.Length; i++)
            {
                if (_keys[i] == key)
                {
                    return _values[i];
                }
            }

            return null;
        }
    }

    internal void SetKey(int index, string key) => _keys[index] = key;

    internal bool HasKey(int index) => _keys[index] is not null;

    internal override void Set(int index, object? value)
    {
        if (!IsNulled)
        {
            _values[index] = value;
        }
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _keys.Length; i++)
        {
            if (_keys[i] is { } key)
            {
                yield return new KeyValuePair<string, object?>(key, _values[i]);
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
