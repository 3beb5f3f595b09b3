using SupportGrains.GraphQL.Language.Ast;

namespace SupportGrains.GraphQL.Validation.Rules;

/// <summary>Spec 5.2.1.1 Operation Name Uniqueness.</summary>
public sealed class UniqueOperationNamesRule : ValidationRule
{
    private static readonly Type[] Visited = [typeof(OperationDefinitionNode), typeof(FragmentDefinitionNode)];

    public override IReadOnlyCollection<Type> NodeTypes => Visited;

    private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

    public override bool Enter(SyntaxNode node)
    {
        switch (node)
        {
            case OperationDefinitionNode { Name: { } name }:
                if (_known.TryGetValue(name.Value, out var first))
                {
                    Context.Report($"There can be only one operation named \"{name.Value}\".", first, name);
                }
                else
                {
                    _known[name.Value] = name;
                }

                return false;
            case OperationDefinitionNode or FragmentDefinitionNode:
                return false;
            default:
                return true;
        }
    }
}
