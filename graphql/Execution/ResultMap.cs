using System.Collections;
using System.Text.Json;

namespace SupportGrains.GraphQL.Execution;

/// <summary>An object of the result: response keys in the order the query asked for them, with their values.</summary>
public sealed class ResultMap : ResultNode, IReadOnlyList<KeyValuePair<string, object?>>
{
    /// <summary>Marks a key whose field was not executed (it is left out of the object).</summary>
    private static readonly object Absent = new();

    private readonly FieldGroups _fields;
    private readonly object?[] _values;

    /// <summary>A map for one object of a selection; its keys are the selection's, shared by every object of it.</summary>
    internal ResultMap(FieldGroups fields)
    {
        _fields = fields;
        _values = new object?[fields.Count];
    }

    public int Count => _values.Length;

    public KeyValuePair<string, object?> this[int index] => new(_fields.Key(index), _values[index] == Absent ? null : _values[index]);

    /// <summary>The value of a response key (null when absent).</summary>
    public object? this[string key]
    {
        get
        {
            for (var i = 0; i < _values.Length; i++)
            {
                if (_fields.Key(i) == key && _values[i] != Absent)
                {
                    return _values[i];
                }
            }

            return null;
        }
    }

    /// <summary>The response key of a slot.</summary>
    internal string KeyAt(int index) => _fields.Key(index);

    internal void MarkAbsent(int index) => _values[index] = Absent;

    internal override void Set(int index, object? value)
    {
        if (!IsNulled)
        {
            _values[index] = value;
        }
    }

    /// <summary>Writes the object with its keys encoded once per selection, not once per object.</summary>
    internal void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        for (var i = 0; i < _values.Length; i++)
        {
            var value = _values[i];
            if (value != Absent)
            {
                writer.WritePropertyName(_fields.EncodedKey(i));
                ResultJson.WriteValue(value, writer);
            }
        }

        writer.WriteEndObject();
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _values.Length; i++)
        {
            if (_values[i] != Absent)
            {
                yield return new KeyValuePair<string, object?>(_fields.Key(i), _values[i]);
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
