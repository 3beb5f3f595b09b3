using SupportGrains.GraphQL.Language.Ast;

namespace SupportGrains.GraphQL.Validation.Rules;

/// <summary>Spec 5.8.1 Variable Uniqueness.</summary>
public sealed class UniqueVariableNamesRule : ValidationRule
{
    private static readonly Type[] Visited = [typeof(OperationDefinitionNode)];

    public override IReadOnlyCollection<Type> NodeTypes => Visited;

    public override bool Enter(SyntaxNode node)
    {
        if (node is OperationDefinitionNode { VariableDefinitions.Count: > 1 } operation)
        {
            foreach (var group in operation.VariableDefinitions.GroupBy(v => v.Variable.Name.Value).Where(g => g.Count() > 1))
            {
                Context.Report($"There can be only one variable named \"${group.Key}\".", [.. group.Select(v => v.Variable.Name)]);
            }
        }

        return true;
    }
}
