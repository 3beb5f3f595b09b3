using System.Collections;
using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace SupportGrains.Silo.Storage;

// The results of a queued write, read to the end on the writer's connection before its commit and handed
// to the caller afterwards. Holding them in memory is what lets the writer commit (and move on to the next
// write) without waiting for the caller to read.
internal sealed class BufferedDataReader : DbDataReader
{
    private readonly List<BufferedResultSet> _resultSets;
    private readonly int _recordsAffected;
    private int _resultSet;
    private int _row = -1;
    private bool _closed;

    private BufferedDataReader(List<BufferedResultSet> resultSets, int recordsAffected)
    {
        _resultSets = resultSets;
        _recordsAffected = recordsAffected;
    }

    public override int Depth => 0;

    public override int FieldCount => Current?.Names.Length ?? 0;

    public override bool HasRows => Current is { Rows.Count: > 0 };

    public override bool IsClosed => _closed;

    public override int RecordsAffected => _recordsAffected;

    public override object this[int ordinal] => GetValue(ordinal);

    public override object this[string name] => GetValue(GetOrdinal(name));

    private BufferedResultSet? Current => _resultSet < _resultSets.Count ? _resultSets[_resultSet] : null;

    public static BufferedDataReader Load(SqliteDataReader reader)
    {
        var resultSets = new List<BufferedResultSet>();
        do
        {
            var fieldCount = reader.FieldCount;
            if (fieldCount == 0)
            {
                continue;
            }

            var names = new string[fieldCount];
            var fieldTypes = new Type[fieldCount];
            var dataTypeNames = new string[fieldCount];
            for (var i = 0; i < fieldCount; i++)
            {
                names[i] = reader.GetName(i);
                dataTypeNames[i] = reader.GetDataTypeName(i);
                fieldTypes[i] = typeof(object);
            }

            var rows = new List<object[]>();
            while (reader.Read())
            {
                var values = new object[fieldCount];
                reader.GetValues(values);
                if (rows.Count == 0)
                {
                    // SQLite types values, not columns; the first row's types are what a live reader would report.
                    for (var i = 0; i < fieldCount; i++)
                    {
                        fieldTypes[i] = reader.GetFieldType(i);
                    }
                }

                rows.Add(values);
            }

            resultSets.Add(new BufferedResultSet(names, fieldTypes, dataTypeNames, rows));
        }
        while (reader.NextResult());

        return new BufferedDataReader(resultSets, reader.RecordsAffected);
    }

    public override bool Read()
    {
        var current = Current;
        if (current is null || _row + 1 >= current.Rows.Count)
        {
            _row = current?.Rows.Count ?? -1;
            return false;
        }

        _row++;
        return true;
    }

    public override bool NextResult()
    {
        if (_resultSet >= _resultSets.Count)
        {
            return false;
        }

        _resultSet++;
        _row = -1;
        return _resultSet < _resultSets.Count;
    }

    public override void Close() => _closed = true;

    public override string GetName(int ordinal) => Set().Names[ordinal];

    public override int GetOrdinal(string name)
    {
        var names = Set().Names;
        for (var i = 0; i < names.Length; i++)
        {
            if (string.Equals(names[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        for (var i = 0; i < names.Length; i++)
        {
            if (string.Equals(names[i], name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        throw new IndexOutOfRangeException($"No column named '{name}'.");
    }

    public override string GetDataTypeName(int ordinal) => Set().DataTypeNames[ordinal];

    public override Type GetFieldType(int ordinal) => Set().FieldTypes[ordinal];

    public override object GetValue(int ordinal)
    {
        var current = Set();
        if (_row < 0 || _row >= current.Rows.Count)
        {
            throw new InvalidOperationException("No current row.");
        }

        return current.Rows[_row][ordinal];
    }

    public override int GetValues(object[] values)
    {
        var count = Math.Min(values.Length, FieldCount);
        for (var i = 0; i < count; i++)
        {
            values[i] = GetValue(i);
        }

        return count;
    }

    public override bool IsDBNull(int ordinal) => GetValue(ordinal) is DBNull;

    public override bool GetBoolean(int ordinal) => Convert.ToBoolean(GetValue(ordinal), CultureInfo.InvariantCulture);

    public override byte GetByte(int ordinal) => Convert.ToByte(GetValue(ordinal), CultureInfo.InvariantCulture);

    public override char GetChar(int ordinal) => Convert.ToChar(GetValue(ordinal), CultureInfo.InvariantCulture);

    public override DateTime GetDateTime(int ordinal) => GetValue(ordinal) switch
    {
        string text => DateTime.Parse(text, CultureInfo.InvariantCulture),
        var value => Convert.ToDateTime(value, CultureInfo.InvariantCulture),
    };

    public override decimal GetDecimal(int ordinal) => Convert.ToDecimal(GetValue(ordinal), CultureInfo.InvariantCulture);

    public override double GetDouble(int ordinal) => Convert.ToDouble(GetValue(ordinal), CultureInfo.InvariantCulture);

    public override float GetFloat(int ordinal) => Convert.ToSingle(GetValue(ordinal), CultureInfo.InvariantCulture);

    public override Guid GetGuid(int ordinal) => GetValue(ordinal) switch
    {
        Guid guid => guid,
        byte[] bytes => new Guid(bytes),
        var value => Guid.Parse(Convert.ToString(value, CultureInfo.InvariantCulture)!),
    };

    public override short GetInt16(int ordinal) => Convert.ToInt16(GetValue(ordinal), CultureInfo.InvariantCulture);

    public override int GetInt32(int ordinal) => Convert.ToInt32(GetValue(ordinal), CultureInfo.InvariantCulture);

    public override long GetInt64(int ordinal) => Convert.ToInt64(GetValue(ordinal), CultureInfo.InvariantCulture);

    public override string GetString(int ordinal) => Convert.ToString(GetValue(ordinal), CultureInfo.InvariantCulture)!;

    public override long GetBytes(int ordinal, long dataOffset, byte[]? buffer, int bufferOffset, int length)
    {
        var bytes = (byte[])GetValue(ordinal);
        if (buffer is null)
        {
            return bytes.Length;
        }

        var count = (int)Math.Max(0, Math.Min(length, bytes.Length - dataOffset));
        Array.Copy(bytes, dataOffset, buffer, bufferOffset, count);
        return count;
    }

    public override long GetChars(int ordinal, long dataOffset, char[]? buffer, int bufferOffset, int length)
    {
        var text = GetString(ordinal);
        if (buffer is null)
        {
            return text.Length;
        }

        var count = (int)Math.Max(0, Math.Min(length, text.Length - dataOffset));
        text.CopyTo((int)dataOffset, buffer, bufferOffset, count);
        return count;
    }

    public override IEnumerator GetEnumerator() => new DbEnumerator(this, closeReader: false);

    private BufferedResultSet Set() => Current ?? throw new InvalidOperationException("No current result set.");
}
