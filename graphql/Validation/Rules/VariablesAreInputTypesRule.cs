using SupportGrains.GraphQL.Language;
using SupportGrains.GraphQL.Language.Ast;

namespace SupportGrains.GraphQL.Validation.Rules;

/// <summary>Spec 5.8.2 Variables Are Input Types.</summary>
public sealed class VariablesAreInputTypesRule : ValidationRule
{
    private static readonly Type[] Visited = [typeof(VariableDefinitionNode)];

    public override IReadOnlyCollection<Type> NodeTypes => Visited;

    public override bool Enter(SyntaxNode node)
    {
        if (node is VariableDefinitionNode definition && Context.Schema.TypeFromAst(definition.Type) is { IsInputType: false })
        {
            Context.Report($"Variable \"${definition.Variable.Name.Value}\" cannot be non-input type \"{Printer.Print(definition.Type)}\".", definition.Type);
        }

        return true;
    }
}
