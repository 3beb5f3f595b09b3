using SupportGrains.GraphQL.Language.Ast;
using SupportGrains.GraphQL.Types;

namespace SupportGrains.GraphQL.Execution;

/// <summary>The fields of a selection, grouped by response key in the order they were first asked for (CollectFields).</summary>
internal sealed class FieldGroups
{
    private readonly List<string> _keys = [];
    private readonly List<List<FieldNode>> _fields = [];

    public int Count => _keys.Count;

    public string Key(int index) => _keys[index];

    public List<FieldNode> Fields(int index) => _fields[index];

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
        _fields.Add([field]);
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
