using SupportGrains.GraphQL.Language.Ast;

namespace SupportGrains.GraphQL.Validation.Rules;

/// <summary>Spec 5.8.4 All Variables Used.</summary>
public sealed class NoUnusedVariablesRule : ValidationRule
{
    private static readonly Type[] Visited = [typeof(OperationDefinitionNode), typeof(VariableDefinitionNode)];

    public override IReadOnlyCollection<Type> NodeTypes => Visited;

    private readonly List<VariableDefinitionNode> _definitions = [];

    public override bool Enter(SyntaxNode node)
    {
        switch (node)
        {
            case OperationDefinitionNode:
                _definitions.Clear();
                break;
            case VariableDefinitionNode definition:
                _definitions.Add(definition);
                break;
        }

        return true;
    }

    public override void Leave(SyntaxNode node)
    {
        if (node is not OperationDefinitionNode operation)
        {
            return;
        }

        var used = Context.RecursiveVariableUsages(operation).Select(u => u.Node.Name.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var definition in _definitions)
        {
            var name = definition.Variable.Name.Value;
            if (!used.Contains(name))
            {
                Context.Report(operation.Name is { } operationName
                    ? $"Variable \"${name}\" is never used in operation \"{operationName.Value}\"."
                    : $"Variable \"${name}\" is never used.", definition);
            }
        }
    }
}
