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

    /// <summary>
    /// The path of slot <paramref name="index"/> of a map or list of the result, read from the result
    /// tree's links to the root: made only when a resolver or an error asks for it, not for every field.
    /// </summary>
    internal static ResponsePath At(ResultNode container, int index)
    {
        var steps = new Stack<(ResultNode Node, int Index)>();
        var at = index;
        for (var node = container; node is not null; node = node.Parent)
        {
            steps.Push((node, at));
            at = node.IndexInParent;
        }

        ResponsePath? path = null;
        foreach (var (node, slot) in steps)
        {
            path = node is ResultMap map
                ? path is null ? Root(map.KeyAt(slot)) : path.Field(map.KeyAt(slot))
                : path!.Item(slot);
        }

        return path!;
    }

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
