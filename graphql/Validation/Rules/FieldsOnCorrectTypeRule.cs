using SupportGrains.GraphQL.Language.Ast;
using SupportGrains.GraphQL.Types;
using SupportGrains.GraphQL.Values;

namespace SupportGrains.GraphQL.Validation.Rules;

/// <summary>Spec 5.3.1 Field Selections: a field must exist on the type it is selected on.</summary>
public sealed class FieldsOnCorrectTypeRule : ValidationRule
{
    private static readonly Type[] Visited = [typeof(FieldNode)];

    public override IReadOnlyCollection<Type> NodeTypes => Visited;

    public override bool Enter(SyntaxNode node)
    {
        if (node is not FieldNode field || Context.TypeInfo.ParentType is not { } parentType || Context.TypeInfo.FieldDef is not null)
        {
            return true;
        }

        var name = field.Name.Value;
        var suggestion = Suggestions.DidYouMean(SuggestedTypes(parentType, name), "to use an inline fragment on");
        if (suggestion.Length == 0)
        {
            suggestion = Suggestions.DidYouMean(parentType is FieldsType fields ? Suggestions.For(name, fields.Fields.Select(f => f.Name)) : []);
        }

        Context.Report($"Cannot query field \"{name}\" on type \"{parentType.Name}\".{suggestion}", field);
        return true;
    }

    private List<string> SuggestedTypes(NamedType type, string fieldName)
    {
        if (type is not (InterfaceType or UnionType))
        {
            return [];
        }

        var schema = Context.Schema;
        var suggested = new List<NamedType>();
        var usage = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var possible in schema.PossibleTypes(type))
        {
            if (possible.Field(fieldName) is null)
            {
                continue;
            }

            if (!suggested.Contains(possible))
            {
                suggested.Add(possible);
            }

            usage[possible.Name] = 1;
            foreach (var face in possible.Interfaces)
            {
                if (face.Field(fieldName) is null)
                {
                    continue;
                }

                if (!suggested.Contains(face))
                {
                    suggested.Add(face);
                }

                usage[face.Name] = usage.GetValueOrDefault(face.Name) + 1;
            }
        }

        JsSort.Sort(suggested, (a, b) =>
        {
            var difference = usage[b.Name] - usage[a.Name];
            if (difference != 0)
            {
                return difference;
            }

            if (a is InterfaceType && schema.IsSubType(a, b))
            {
                return -1;
            }

            if (b is InterfaceType && schema.IsSubType(b, a))
            {
                return 1;
            }

            return Suggestions.NaturalCompare(a.Name, b.Name);
        });
        return [.. suggested.Select(t => t.Name)];
    }
}
