using SupportGrains.GraphQL.Language.Ast;

namespace SupportGrains.GraphQL.Validation.Rules;

/// <summary>Spec 5.2.2.1 Lone Anonymous Operation.</summary>
public sealed class LoneAnonymousOperationRule : ValidationRule
{
    private static readonly Type[] Visited = [typeof(DocumentNode), typeof(OperationDefinitionNode)];

    public override IReadOnlyCollection<Type> NodeTypes => Visited;

    private int _operations;

    public override bool Enter(SyntaxNode node)
    {
        switch (node)
        {
            case DocumentNode document:
                _operations = document.Definitions.Count(d => d is OperationDefinitionNode);
                break;
            case OperationDefinitionNode { Name: null } operation when _operations > 1:
                Context.Report("This anonymous operation must be the only defined operation.", operation);
                break;
        }

        return true;
    }
}
