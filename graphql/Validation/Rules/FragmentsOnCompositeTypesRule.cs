using SupportGrains.GraphQL.Language;
using SupportGrains.GraphQL.Language.Ast;

namespace SupportGrains.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.1.3 Fragments On Composite Types.</summary>
public sealed class FragmentsOnCompositeTypesRule : ValidationRule
{
    private static readonly Type[] Visited = [typeof(InlineFragmentNode), typeof(FragmentDefinitionNode)];

    public override IReadOnlyCollection<Type> NodeTypes => Visited;

    public override bool Enter(SyntaxNode node)
    {
        switch (node)
        {
            case InlineFragmentNode { TypeCondition: { } condition }
                when Context.Schema.TypeFromAst(condition) is { IsCompositeType: false }:
                Context.Report($"Fragment cannot condition on non composite type \"{Printer.Print(condition)}\".", condition);
                break;
            case FragmentDefinitionNode fragment
                when Context.Schema.TypeFromAst(fragment.TypeCondition) is { IsCompositeType: false }:
                Context.Report($"Fragment \"{fragment.Name!.Value}\" cannot condition on non composite type \"{Printer.Print(fragment.TypeCondition)}\".", fragment.TypeCondition);
                break;
        }

        return true;
    }
}
