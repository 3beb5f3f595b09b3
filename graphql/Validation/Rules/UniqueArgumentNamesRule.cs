using SupportGrains.GraphQL.Language.Ast;

namespace SupportGrains.GraphQL.Validation.Rules;

/// <summary>Spec 5.4.2 Argument Uniqueness.</summary>
public sealed class UniqueArgumentNamesRule : ValidationRule
{
    private static readonly Type[] Visited = [typeof(FieldNode), typeof(DirectiveNode)];

    public override IReadOnlyCollection<Type> NodeTypes => Visited;

    public override bool Enter(SyntaxNode node)
    {
        var arguments = node switch
        {
            FieldNode f => f.Arguments,
            DirectiveNode d => d.Arguments,
            _ => null,
        };
        if (arguments is { Count: > 1 })
        {
            foreach (var group in arguments.GroupBy(a => a.Name.Value).Where(g => g.Count() > 1))
            {
                Context.Report($"There can be only one argument named \"{group.Key}\".", [.. group.Select(a => a.Name)]);
            }
        }

        return true;
    }
}
