namespace SupportGrains.Silo.Storage;

internal sealed class BufferedResultSet(string[] names, Type[] fieldTypes, string[] dataTypeNames, List<object[]> rows)
{
    public string[] Names { get; } = names;

    public Type[] FieldTypes { get; } = fieldTypes;

    public string[] DataTypeNames { get; } = dataTypeNames;

    public List<object[]> Rows { get; } = rows;
}
