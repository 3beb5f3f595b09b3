using SupportGrains.GraphQL.Language;
using SupportGrains.GraphQL.Language.Ast;

namespace SupportGrains.GraphQL.Validation.Rules;

/// <summary>Spec 5.4.2.1 Required Arguments, for fields and directives.</summary>
public sealed class ProvidedRequiredArgumentsRule : ValidationRule
{
    private static readonly Type[] Visited = [typeof(FieldNode), typeof(DirectiveNode)];

    public override IReadOnlyCollection<Type> NodeTypes => Visited;

    private Dictionary<string, List<(string Name, string Type)>>? _directiveRequirements;

    public override void Leave(SyntaxNode node)
    {
        switch (node)
        {
            case FieldNode field when Context.TypeInfo.FieldDef is { Arguments.Count: > 0 } definition:
                foreach (var argument in definition.Arguments)
                {
                    if (argument.IsRequired && !Given(field.Arguments, argument.Name))
                    {
                        Context.Report($"Field \"{definition.Name}\" argument \"{argument.Name}\" of type \"{argument.Type}\" is required, but it was not provided.", field);
                    }
                }

                break;

            case DirectiveNode directive:
                _directiveRequirements ??= DirectiveRequirements();
                if (_directiveRequirements.TryGetValue(directive.Name.Value, out var required))
                {
                    foreach (var (name, type) in required.Where(r => directive.Arguments.All(a => a.Name.Value != r.Name)))
                    {
                        Context.Report($"Directive \"@{directive.Name.Value}\" argument \"{name}\" of type \"{type}\" is required, but it was not provided.", directive);
                    }
                }

                break;
        }
    }

    private static bool Given(IReadOnlyList<ArgumentNode> arguments, string name)
    {
        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i].Name.Value == name)
            {
                return true;
            }
        }

        return false;
    }

    private Dictionary<string, List<(string, string)>> DirectiveRequirements()
    {
        var requirements = Context.Schema.Directives.ToDictionary(
            d => d.Name,
            d => d.Arguments.Where(a => a.IsRequired).Select(a => (a.Name, a.Type.ToString())).ToList(),
            StringComparer.Ordinal);
        foreach (var definition in Context.Document.Definitions.OfType<DirectiveDefinitionNode>())
        {
            requirements[definition.Name.Value] = [.. definition.Arguments
                .Where(a => a.Type is NonNullTypeNode && a.DefaultValue is null)
                .Select(a => (a.Name.Value, Printer.Print(a.Type)))];
        }

        return requirements;
    }
}
