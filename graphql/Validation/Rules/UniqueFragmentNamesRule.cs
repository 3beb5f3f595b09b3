using SupportGrains.GraphQL.Language.Ast;

namespace SupportGrains.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.1.1 Fragment Name Uniqueness.</summary>
public sealed class UniqueFragmentNamesRule : ValidationRule
{
    private static readonly Type[] Visited = [typeof(OperationDefinitionNode), typeof(FragmentDefinitionNode)];

    public override IReadOnlyCollection<Type> NodeTypes => Visited;

    private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

    public override bool Enter(SyntaxNode node)
    {
        switch (node)
        {
            case OperationDefinitionNode:
                return false;
            case FragmentDefinitionNode fragment:
                var name = fragment.Name!;
                if (_known.TryGetValue(name.Value, out var first))
                {
                    Context.Report($"There can be only one fragment named \"{name.Value}\".", first, name);
                }
                else
                {
                    _known[name.Value] = name;
                }

                return false;
            default:
                return true;
        }
    }
}
