using SupportGrains.GraphQL.Language.Ast;
using SupportGrains.GraphQL.Types;

namespace SupportGrains.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.2.3 Fragment Spread Is Possible: the fragment's type and the parent type can overlap.</summary>
public sealed class PossibleFragmentSpreadsRule : ValidationRule
{
    private static readonly Type[] Visited = [typeof(InlineFragmentNode), typeof(FragmentSpreadNode)];

    public override IReadOnlyCollection<Type> NodeTypes => Visited;

    public override bool Enter(SyntaxNode node)
    {
        switch (node)
        {
            case InlineFragmentNode inline:
                if (Context.TypeInfo.Type is NamedType { IsCompositeType: true } fragmentType
                    && Context.TypeInfo.ParentType is { IsCompositeType: true } parentType
                    && !TypesOverlap(Context.Schema, fragmentType, parentType))
                {
                    Context.Report($"Fragment cannot be spread here as objects of type \"{parentType}\" can never be of type \"{fragmentType}\".", inline);
                }

                break;
            case FragmentSpreadNode spread:
                var name = spread.Name.Value;
                if (Context.Fragment(name) is { } fragment
                    && Context.Schema.TypeFromAst(fragment.TypeCondition) is NamedType { IsCompositeType: true } spreadType
                    && Context.TypeInfo.ParentType is { } parent
                    && !TypesOverlap(Context.Schema, spreadType, parent))
                {
                    Context.Report($"Fragment \"{name}\" cannot be spread here as objects of type \"{parent}\" can never be of type \"{spreadType}\".", spread);
                }

                break;
        }

        return true;
    }

    /// <summary>Whether some object type could be both (graphql-js doTypesOverlap).</summary>
    internal static bool TypesOverlap(Schema schema, NamedType a, NamedType b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a is InterfaceType or UnionType)
        {
            return b is InterfaceType or UnionType
                ? schema.PossibleTypes(a).Any(t => schema.IsSubType(b, t))
                : schema.IsSubType(a, b);
        }

        return b is InterfaceType or UnionType && schema.IsSubType(b, a);
    }
}
