using SupportGrains.GraphQL.Language.Ast;

namespace SupportGrains.GraphQL.Validation.Rules;

/// <summary>Spec 5.3.3 Leaf Field Selections.</summary>
public sealed class ScalarLeafsRule : ValidationRule
{
    private static readonly Type[] Visited = [typeof(FieldNode)];

    public override IReadOnlyCollection<Type> NodeTypes => Visited;

    public override bool Enter(SyntaxNode node)
    {
        if (node is not FieldNode field || Context.TypeInfo.Type is not { } type)
        {
            return true;
        }

        var name = field.Name.Value;
        if (type.NamedType.IsLeafType)
        {
            if (field.SelectionSet is { } selectionSet)
            {
                Context.Report($"Field \"{name}\" must not have a selection since type \"{type}\" has no subfields.", selectionSet);
            }
        }
        else if (field.SelectionSet is null)
        {
            Context.Report($"Field \"{name}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{name} {{ ... }}\"?", field);
        }
        else if (field.SelectionSet.Selections.Count == 0)
        {
            Context.Report($"Field \"{name}\" of type \"{type}\" must have at least one field selected.", field);
        }

        return true;
    }
}
