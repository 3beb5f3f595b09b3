using SupportGrains.GraphQL.Language.Ast;
using SupportGrains.GraphQL.Values;

namespace SupportGrains.GraphQL.Validation.Rules;

/// <summary>Spec 5.4.1 Argument Names: every argument is defined by its field or directive.</summary>
public sealed class KnownArgumentNamesRule : ValidationRule
{
    private static readonly Type[] Visited = [typeof(DirectiveNode), typeof(ArgumentNode)];

    public override IReadOnlyCollection<Type> NodeTypes => Visited;

    private Dictionary<string, IReadOnlyList<string>>? _directiveArguments;

    public override bool Enter(SyntaxNode node)
    {
        switch (node)
        {
            case DirectiveNode directive:
                _directiveArguments ??= DirectiveArguments();
                var name = directive.Name.Value;
                if (_directiveArguments.TryGetValue(name, out var known))
                {
                    foreach (var argument in directive.Arguments.Where(a => !known.Contains(a.Name.Value)))
                    {
                        var suggestions = Suggestions.For(argument.Name.Value, known);
                        Context.Report($"Unknown argument \"{argument.Name.Value}\" on directive \"@{name}\".{Suggestions.DidYouMean(suggestions)}", argument);
                    }
                }

                return false;

            case ArgumentNode argument when Context.TypeInfo.Argument is null
                && Context.TypeInfo.FieldDef is { } field
                && Context.TypeInfo.ParentType is { } parentType:
                var fieldSuggestions = Suggestions.For(argument.Name.Value, field.Arguments.Select(a => a.Name));
                Context.Report($"Unknown argument \"{argument.Name.Value}\" on field \"{parentType.Name}.{field.Name}\".{Suggestions.DidYouMean(fieldSuggestions)}", argument);
                return true;

            default:
                return true;
        }
    }

    private Dictionary<string, IReadOnlyList<string>> DirectiveArguments()
    {
        var arguments = Context.Schema.Directives.ToDictionary(d => d.Name, d => (IReadOnlyList<string>)[.. d.Arguments.Select(a => a.Name)], StringComparer.Ordinal);
        foreach (var definition in Context.Document.Definitions.OfType<DirectiveDefinitionNode>())
        {
            arguments[definition.Name.Value] = [.. definition.Arguments.Select(a => a.Name.Value)];
        }

        return arguments;
    }
}
