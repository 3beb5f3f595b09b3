using SupportGrains.GraphQL.Language.Ast;
using SupportGrains.GraphQL.Types;

namespace SupportGrains.GraphQL.Execution;

/// <summary>The fields of a selection, grouped by response key in the order they were first asked for (CollectFields).</summary>
internal sealed class FieldGroups
{
    private readonly List<string> _keys = [];
    private readonly List<FieldNodeList> _fields = [];
    private System.Text.Json.JsonEncodedText[]? _encodedKeys;

    public int Count => _keys.Count;

    public string Key(int index) => _keys[index];

    public FieldNodeList Fields(int index) => _fields[index];

    /// <summary>The response key as JSON, encoded once for every object of the selection.</summary>
    public System.Text.Json.JsonEncodedText EncodedKey(int index)
    {
        _encodedKeys ??= [.. _keys.Select(k => System.Text.Json.JsonEncodedText.Encode(k))];
        return _encodedKeys[index];
    }

    public void Add(FieldNode field)
    {
        var key = field.ResponseKey;
        var index = _keys.IndexOf(key);
        if (index >= 0)
        {
            _fields[index].Add(field);
            return;
        }

        _keys.Add(key);
        _fields.Add(new FieldNodeList { field });
    }

    /// <summary>The spec's CollectFields for one object type, honouring @skip and @include.</summary>
    public static FieldGroups Collect(OperationContext context, ObjectType type, IEnumerable<SelectionSetNode> selectionSets)
    {
        var groups = new FieldGroups();
        HashSet<string>? visited = null;
        foreach (var selectionSet in selectionSets)
        {
            Collect(context, type, selectionSet, groups, ref visited);
        }

        return groups;
    }

    private static void Collect(OperationContext context, ObjectType type, SelectionSetNode selectionSet, FieldGroups groups, ref HashSet<string>? visited)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (selection.Directives.Count > 0 && !ShouldInclude(context, selection))
            {
                continue;
            }

            switch (selection)
            {
                case FieldNode field:
                    groups.Add(field);
                    break;
                case FragmentSpreadNode spread:
                    visited ??= new HashSet<string>(StringComparer.Ordinal);
                    if (!visited.Add(spread.Name.Value)
                        || !context.Fragments.TryGetValue(spread.Name.Value, out var fragment)
                        || !Matches(context.Schema, fragment.TypeCondition, type))
                    {
                        continue;
                    }

                    Collect(context, type, fragment.SelectionSet, groups, ref visited);
                    break;
                case InlineFragmentNode inline:
                    if (inline.TypeCondition is not null && !Matches(context.Schema, inline.TypeCondition, type))
                    {
                        continue;
                    }

                    Collect(context, type, inline.SelectionSet, groups, ref visited);
                    break;
            }
        }
    }

    private static bool Matches(Schema schema, NamedTypeNode condition, ObjectType type)
    {
        var conditionType = schema.Type(condition.Name.Value);
        return ReferenceEquals(conditionType, type)
            || (conditionType is InterfaceType or UnionType && schema.IsSubType(conditionType, type));
    }

    private static bool ShouldInclude(OperationContext context, SelectionNode selection)
    {
        foreach (var directive in selection.Directives)
        {
            var name = directive.Name.Value;
            if (name is not ("skip" or "include") || context.Schema.Directive(name) is not { } definition)
            {
                continue;
            }

            var arguments = ValueCoercion.CoerceArguments(definition.Arguments, directive.Arguments, directive, context.Variables);
            var condition = arguments.TryGetValue("if", out var value) && value is true;
            if (name == "skip" ? condition : !condition)
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>
/// The field nodes of one response key, remembering the sub-selections collected for each runtime
/// type (spec: CollectSubfields), so a list of N objects collects them once, not N times.
/// </summary>
internal sealed class FieldNodeList : List<FieldNode>
{
    private ObjectType? _parentType;
    private FieldDefinition? _field;

    private ObjectType? _type;
    private FieldGroups? _subfields;
    private Dictionary<ObjectType, FieldGroups>? _more;

    private FieldDefinition? _argumentsOf;
    private IReadOnlyDictionary<string, object?>? _arguments;

    /// <summary>
    /// The field's coerced arguments: the same for every object of the selection within one
    /// operation (its variables do not change), so coerced once per field definition.
    /// </summary>
    public IReadOnlyDictionary<string, object?> Arguments(FieldDefinition field, IReadOnlyDictionary<string, object?> variables)
    {
        if (!ReferenceEquals(field, _argumentsOf))
        {
            _arguments = ValueCoercion.CoerceArguments(field.Arguments, this[0].Arguments, this[0], variables);
            _argumentsOf = field;
        }

        return _arguments!;
    }

    /// <summary>The field's definition on a parent type, looked up once per type rather than once per object.</summary>
    public FieldDefinition? Field(Schema schema, ObjectType parentType)
    {
        if (!ReferenceEquals(parentType, _parentType))
        {
            _field = schema.FieldOf(parentType, this[0].Name.Value);
            _parentType = parentType;
        }

        return _field;
    }

    public FieldGroups Subfields(OperationContext context, ObjectType type)
    {
        if (ReferenceEquals(type, _type))
        {
            return _subfields!;
        }

        if (_more is not null && _more.TryGetValue(type, out var cached))
        {
            return cached;
        }

        var selections = new List<SelectionSetNode>(Count);
        foreach (var node in this)
        {
            if (node.SelectionSet is { } selectionSet)
            {
                selections.Add(selectionSet);
            }
        }

        var collected = FieldGroups.Collect(context, type, selections);
        if (_type is null)
        {
            _type = type;
            _subfields = collected;
        }
        else
        {
            (_more ??= [])[type] = collected;
        }

        return collected;
    }
}
