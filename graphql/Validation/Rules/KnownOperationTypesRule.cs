using SupportGrains.GraphQL.Language;
using SupportGrains.GraphQL.Language.Ast;

namespace SupportGrains.GraphQL.Validation.Rules;

/// <summary>Spec 5.2.1 Operation Type Existence: the schema has a root type for the operation.</summary>
public sealed class KnownOperationTypesRule : ValidationRule
{
    private static readonly Type[] Visited = [typeof(OperationDefinitionNode)];

    public override IReadOnlyCollection<Type> NodeTypes => Visited;

    public override bool Enter(SyntaxNode node)
    {
        if (node is OperationDefinitionNode operation && Context.Schema.RootType(operation.Operation) is null)
        {
            Context.Report($"The {Printer.OperationName(operation.Operation)} operation is not supported by the schema.", operation);
        }

        return true;
    }
}
