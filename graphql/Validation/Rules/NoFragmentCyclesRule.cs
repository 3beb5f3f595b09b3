using SupportGrains.GraphQL.Language.Ast;

namespace SupportGrains.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.2.2 Fragment Spreads Must Not Form Cycles.</summary>
public sealed class NoFragmentCyclesRule : ValidationRule
{
    private static readonly Type[] Visited = [typeof(OperationDefinitionNode), typeof(FragmentDefinitionNode)];

    public override IReadOnlyCollection<Type> NodeTypes => Visited;

    private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
    private readonly List<FragmentSpreadNode> _spreadPath = [];
    private readonly Dictionary<string, int> _spreadPathIndex = new(StringComparer.Ordinal);

    public override bool Enter(SyntaxNode node)
    {
        switch (node)
        {
            case OperationDefinitionNode:
                return false;
            case FragmentDefinitionNode fragment:
                DetectCycles(fragment);
                return false;
            default:
                return true;
        }
    }

    private void DetectCycles(FragmentDefinitionNode fragment)
    {
        var name = fragment.Name!.Value;
        if (!_visited.Add(name))
        {
            return;
        }

        var spreads = Context.FragmentSpreads(fragment.SelectionSet);
        if (spreads.Count == 0)
        {
            return;
        }

        _spreadPathIndex[name] = _spreadPath.Count;
        foreach (var spread in spreads)
        {
            var spreadName = spread.Name.Value;
            _spreadPath.Add(spread);
            if (!_spreadPathIndex.TryGetValue(spreadName, out var cycleIndex))
            {
                if (Context.Fragment(spreadName) is { } target)
                {
                    DetectCycles(target);
                }
            }
            else
            {
                var cycle = _spreadPath.Skip(cycleIndex).ToList();
                var via = string.Join(", ", cycle.Take(cycle.Count - 1).Select(s => $"\"{s.Name.Value}\""));
                Context.Report($"Cannot spread fragment \"{spreadName}\" within itself{(via.Length > 0 ? $" via {via}." : ".")}", [.. cycle]);
            }

            _spreadPath.RemoveAt(_spreadPath.Count - 1);
        }

        _spreadPathIndex.Remove(name);
    }
}
