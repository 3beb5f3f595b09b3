using SupportGrains.GraphQL.Language.Ast;

namespace SupportGrains.GraphQL.Validation.Rules;

/// <summary>
/// Refuses introspection queries that nest the introspection lists (fields, interfaces,
/// possibleTypes, inputFields) three deep: a cheap request that would otherwise cost a lot.
/// </summary>
public sealed class MaxIntrospectionDepthRule : ValidationRule
{
    private static readonly Type[] Visited = [typeof(FieldNode)];

    public override IReadOnlyCollection<Type> NodeTypes => Visited;

    private const int MaxListsDepth = 3;
    private readonly Dictionary<string, int> _checked = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _exceeded = new(StringComparer.Ordinal);

    public override bool Enter(SyntaxNode node)
    {
        if (node is FieldNode field && field.Name.Value is "__schema" or "__type"
            && Exceeds(field, new Dictionary<string, int>(StringComparer.Ordinal), 0))
        {
            Context.Report("Maximum introspection depth exceeded", field);
            return false;
        }

        return true;
    }

    private bool Exceeds(SyntaxNode node, Dictionary<string, int> visited, int depth)
    {
        if (node is FragmentSpreadNode spread)
        {
            var name = spread.Name.Value;
            if (_exceeded.TryGetValue(name, out var exceededDepth) && exceededDepth <= depth)
            {
                return true;
            }

            if ((visited.TryGetValue(name, out var visitedDepth) && visitedDepth >= depth)
                || (_checked.TryGetValue(name, out var checkedDepth) && checkedDepth >= depth))
            {
                return false;
            }

            if (Context.Fragment(name) is not { } fragment)
            {
                return false;
            }

            visited[name] = depth;
            if (Exceeds(fragment, visited, depth))
            {
                _exceeded[name] = depth;
                return true;
            }

            _checked[name] = depth;
            return false;
        }

        if (node is FieldNode { Name.Value: "fields" or "interfaces" or "possibleTypes" or "inputFields" } && ++depth >= MaxListsDepth)
        {
            return true;
        }

        var selectionSet = node switch
        {
            FieldNode f => f.SelectionSet,
            InlineFragmentNode i => i.SelectionSet,
            FragmentDefinitionNode d => d.SelectionSet,
            _ => null,
        };
        return selectionSet is not null && selectionSet.Selections.Any(child => Exceeds(child, visited, depth));
    }
}
