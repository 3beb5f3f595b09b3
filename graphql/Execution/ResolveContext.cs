using SupportGrains.GraphQL.Language.Ast;
using SupportGrains.GraphQL.Types;

namespace SupportGrains.GraphQL.Execution;

/// <summary>What a resolver knows about the field it resolves: the parent value, the arguments, and the request.</summary>
public sealed class ResolveContext
{
    private readonly OperationContext _operation;

    // Where the value goes in the result; its path is made from there only if asked for.
    private readonly ResultNode? _container;
    private readonly int _index;
    private ResponsePath? _path;

    internal ResolveContext(OperationContext operation, object? source, FieldDefinition field, ObjectType parentType,
        IReadOnlyList<FieldNode> fieldNodes, IReadOnlyDictionary<string, object?> arguments, ResponsePath path)
        : this(operation, source, field, parentType, fieldNodes, arguments, null, 0) =>
        _path = path;

    internal ResolveContext(OperationContext operation, object? source, FieldDefinition field, ObjectType parentType,
        IReadOnlyList<FieldNode> fieldNodes, IReadOnlyDictionary<string, object?> arguments, ResultNode? container, int index)
    {
        _operation = operation;
        Source = source;
        Field = field;
        ParentType = parentType;
        FieldNodes = fieldNodes;
        Arguments = arguments;
        _container = container;
        _index = index;
    }

    /// <summary>The parent object (the root value for root fields).</summary>
    public object? Source { get; }

    /// <summary>The coerced arguments, defaults applied.</summary>
    public IReadOnlyDictionary<string, object?> Arguments { get; }

    public FieldDefinition Field { get; }

    public ObjectType ParentType { get; }

    public IReadOnlyList<FieldNode> FieldNodes { get; }

    public FieldNode FieldNode => FieldNodes[0];

    public ResponsePath Path => _path ??= ResponsePath.At(_container!, _index);

    public Schema Schema => _operation.Schema;

    public OperationDefinitionNode Operation => _operation.Operation;

    public IReadOnlyDictionary<string, object?> Variables => _operation.Variables;

    /// <summary>The request's services (e.g. the grain factory).</summary>
    public IServiceProvider? Services => _operation.Services;

    /// <summary>Whatever the host attached to the request (e.g. the user).</summary>
    public object? UserContext => _operation.UserContext;

    public CancellationToken CancellationToken => _operation.CancellationToken;

    /// <summary>The parent object as <typeparamref name="TSource"/>.</summary>
    public TSource SourceAs<TSource>() => Source is TSource typed
        ? typed
        : throw new InvalidOperationException($"{ParentType.Name}.{Field.Name} expected a {typeof(TSource).Name} parent but got {Source?.GetType().Name ?? "null"}.");

    /// <summary>
    /// Whether the selection under this field asks for the field <paramref name="fieldName"/> of the
    /// object type this field returns, after fragments, <c>@skip</c> and <c>@include</c> (a
    /// look-ahead: a resolver may start loading what the next level will ask for, so the two loads
    /// go out together). False for fields of abstract types. Call it before the resolver awaits.
    /// </summary>
    public bool Selects(string fieldName)
    {
        if (Field.Type.NamedType is not ObjectType type || FieldNodes is not FieldNodeList nodes)
        {
            return false;
        }

        var subfields = nodes.Subfields(_operation, type);
        for (var i = 0; i < subfields.Count; i++)
        {
            if (subfields.Fields(i)[0].Name.Value == fieldName)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the argument was given (or has a default).</summary>
    public bool HasArgument(string name) => Arguments.ContainsKey(name);

    /// <summary>An argument's coerced value (null when absent).</summary>
    public TValue? Argument<TValue>(string name) => Arguments.TryGetValue(name, out var value) && value is not null ? (TValue)value : default;

    /// <summary>
    /// The request's batch loader of this name: loads of the same kind made while resolving one
    /// level of the result are sent to <paramref name="load"/> together, once, and cached for the request.
    /// </summary>
    public BatchLoader<TKey, TValue> Loader<TKey, TValue>(string name, BatchLoad<TKey, TValue> load)
        where TKey : notnull => _operation.Loader(name, load);

    /// <summary>
    /// As <see cref="Loader{TKey, TValue}(string, BatchLoad{TKey, TValue})"/>, with the batch function
    /// made from <paramref name="state"/> by <paramref name="make"/> the first time the request asks
    /// for the loader: a resolver run for every item of a list then allocates nothing to find it.
    /// </summary>
    public BatchLoader<TKey, TValue> Loader<TKey, TValue, TState>(string name, TState state, Func<TState, BatchLoad<TKey, TValue>> make)
        where TKey : notnull => _operation.Loader(name, state, make);
}
