using SupportGrains.GraphQL.Language.Ast;

namespace SupportGrains.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.1.4 Fragments Must Be Used.</summary>
public sealed class NoUnusedFragmentsRule : ValidationRule
{
    private static readonly Type[] Visited = [typeof(DocumentNode), typeof(OperationDefinitionNode), typeof(FragmentDefinitionNode)];

    public override IReadOnlyCollection<Type> NodeTypes => Visited;

    private readonly List<OperationDefinitionNode> _operations = [];
    private readonly List<FragmentDefinitionNode> _fragments = [];

    public override bool Enter(SyntaxNode node)
    {
        switch (node)
        {
            case OperationDefinitionNode operation:
                _operations.Add(operation);
                return false;
            case FragmentDefinitionNode fragment:
                _fragments.Add(fragment);
                return false;
            default:
                return true;
        }
    }

    public override void Leave(SyntaxNode node)
    {
        if (node is not DocumentNode)
        {
            return;
        }

        var used = _operations.SelectMany(Context.RecursivelyReferencedFragments).Select(f => f.Name!.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var fragment in _fragments.Where(f => !used.Contains(f.Name!.Value)))
        {
            Context.Report($"Fragment \"{fragment.Name!.Value}\" is never used.", fragment);
        }
    }
}
