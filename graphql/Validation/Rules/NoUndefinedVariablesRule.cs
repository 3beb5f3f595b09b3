using SupportGrains.GraphQL.Language.Ast;

namespace SupportGrains.GraphQL.Validation.Rules;

/// <summary>Spec 5.8.3 All Variable Uses Defined.</summary>
public sealed class NoUndefinedVariablesRule : ValidationRule
{
    private static readonly Type[] Visited = [typeof(OperationDefinitionNode), typeof(VariableDefinitionNode)];

    public override IReadOnlyCollection<Type> NodeTypes => Visited;

    private readonly HashSet<string> _defined = new(StringComparer.Ordinal);

    public override bool Enter(SyntaxNode node)
    {
        switch (node)
        {
            case OperationDefinitionNode:
                _defined.Clear();
                break;
            case VariableDefinitionNode definition:
                _defined.Add(definition.Variable.Name.Value);
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

        foreach (var usage in Context.RecursiveVariableUsages(operation))
        {
            var name = usage.Node.Name.Value;
            if (!_defined.Contains(name))
            {
                Context.Report(operation.Name is { } operationName
                    ? $"Variable \"${name}\" is not defined by operation \"{operationName.Value}\"."
                    : $"Variable \"${name}\" is not defined.", usage.Node, operation);
            }
        }
    }
}
