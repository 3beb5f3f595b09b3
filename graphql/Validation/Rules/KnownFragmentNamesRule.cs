using SupportGrains.GraphQL.Language.Ast;

namespace SupportGrains.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.2.1 Fragment Spread Target Defined.</summary>
public sealed class KnownFragmentNamesRule : ValidationRule
{
    private static readonly Type[] Visited = [typeof(FragmentSpreadNode)];

    public override IReadOnlyCollection<Type> NodeTypes => Visited;

    public override bool Enter(SyntaxNode node)
    {
        if (node is FragmentSpreadNode spread && Context.Fragment(spread.Name.Value) is null)
        {
            Context.Report($"Unknown fragment \"{spread.Name.Value}\".", spread.Name);
        }

        return true;
    }
}
