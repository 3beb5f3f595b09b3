namespace SupportGrains.GraphQL.Execution;

/// <summary>Where a value sits in the response: field names and list indexes from the root.</summary>
public sealed class ResponsePath
{
    private ResponsePath(ResponsePath? parent, string? key, int index)
    {
        Parent = parent;
        Key = key;
        Index = index;
    }

    public ResponsePath? Parent { get; }

    /// <summary>The response key, or null for a list index.</summary>
    public string? Key { get; }

    public int Index { get; }

    public static ResponsePath Root(string key) => new(null, key, -1);

    public ResponsePath Field(string key) => new(this, key, -1);

    public ResponsePath Item(int index) => new(this, null, index);

    /// <summary>The path from the root, as the error's <c>path</c> entry: strings and integers.</summary>
    public IReadOnlyList<object> ToList()
    {
        var items = new List<object>();
        for (var p = this; p is not null; p = p.Parent)
        {
            items.Add(p.Key is null ? p.Index : p.Key);
        }

        items.Reverse();
        return items;
    }

    public override string ToString() => string.Join(".", ToList());
}
