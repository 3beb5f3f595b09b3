using SupportGrains.GraphQL.Language.Ast;
using SupportGrains.GraphQL.Types;

namespace SupportGrains.GraphQL.Validation.Rules;

/// <summary>Spec 5.2.3.1 Single Root Field: a subscription selects exactly one root field, and not an introspection one.</summary>
public sealed class SingleFieldSubscriptionsRule : ValidationRule
{
    private static readonly Type[] Visited = [typeof(OperationDefinitionNode)];

    public override IReadOnlyCollection<Type> NodeTypes => Visited;

    public override bool Enter(SyntaxNode node)
    {
        if (node is not OperationDefinitionNode { Operation: OperationType.Subscription } operation || Context.Schema.Subscription is not { } subscriptionType)
        {
            return true;
        }

        var fields = new List<(string Key, List<FieldNode> Nodes)>();
        Collect(subscriptionType, operation.SelectionSet, fields, new HashSet<string>(StringComparer.Ordinal));
        var name = operation.Name?.Value;
        if (fields.Count > 1)
        {
            Context.Report(name is not null
                ? $"Subscription \"{name}\" must select only one top level field."
                : "Anonymous Subscription must select only one top level field.",
                [.. fields.Skip(1).SelectMany(f => f.Nodes)]);
        }

        foreach (var (_, nodes) in fields)
        {
            if (nodes[0].Name.Value.StartsWith("__", StringComparison.Ordinal))
            {
                Context.Report(name is not null
                    ? $"Subscription \"{name}\" must not select an introspection top level field."
                    : "Anonymous Subscription must not select an introspection top level field.",
                    [.. nodes]);
            }
        }

        return true;
    }

    /// <summary>CollectFields without variables: @skip and @include with literal arguments are honoured.</summary>
    private void Collect(ObjectType type, SelectionSetNode selectionSet, List<(string Key, List<FieldNode> Nodes)> fields, HashSet<string> visited)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (!Included(selection))
            {
                continue;
            }

            switch (selection)
            {
                case FieldNode field:
                    var index = fields.FindIndex(f => f.Key == field.ResponseKey);
                    if (index >= 0)
                    {
                        fields[index].Nodes.Add(field);
                    }
                    else
                    {
                        fields.Add((field.ResponseKey, [field]));
                    }

                    break;
                case FragmentSpreadNode spread:
                    if (visited.Add(spread.Name.Value) && Context.Fragment(spread.Name.Value) is { } fragment && Applies(fragment.TypeCondition, type))
                    {
                        Collect(type, fragment.SelectionSet, fields, visited);
                    }

                    break;
                case InlineFragmentNode inline:
                    if (inline.TypeCondition is null || Applies(inline.TypeCondition, type))
                    {
                        Collect(type, inline.SelectionSet, fields, visited);
                    }

                    break;
            }
        }
    }

    private bool Applies(NamedTypeNode condition, ObjectType type)
    {
        var conditionType = Context.Schema.Type(condition.Name.Value);
        return ReferenceEquals(conditionType, type) || (conditionType is InterfaceType or UnionType && Context.Schema.IsSubType(conditionType, type));
    }

    private static bool Included(SelectionNode selection)
    {
        foreach (var directive in selection.Directives)
        {
            var condition = directive.Arguments.FirstOrDefault(a => a.Name.Value == "if")?.Value as BooleanValueNode;
            if ((directive.Name.Value == "skip" && condition?.Value == true) || (directive.Name.Value == "include" && condition?.Value == false))
            {
                return false;
            }
        }

        return true;
    }
}
