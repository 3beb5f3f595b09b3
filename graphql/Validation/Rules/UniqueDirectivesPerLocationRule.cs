using SupportGrains.GraphQL.Language.Ast;

namespace SupportGrains.GraphQL.Validation.Rules;

/// <summary>Spec 5.7.3 Directives Are Unique Per Location (unless repeatable).</summary>
public sealed class UniqueDirectivesPerLocationRule : ValidationRule
{
    private Dictionary<string, bool>? _unique;
    private readonly Dictionary<string, DirectiveNode> _schemaDirectives = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, DirectiveNode>> _typeDirectives = new(StringComparer.Ordinal);

    public override bool Enter(SyntaxNode node)
    {
        var directives = node switch
        {
            OperationDefinitionNode o => o.Directives,
            VariableDefinitionNode v => v.Directives,
            SelectionNode s => s.Directives,
            FragmentDefinitionNode f => f.Directives,
            SchemaDefinitionNode s => s.Directives,
            SchemaExtensionNode s => s.Directives,
            TypeDefinitionNode t => t.Directives,
            TypeExtensionNode e => e.Definition.Directives,
            FieldDefinitionNode f => f.Directives,
            InputValueDefinitionNode v => v.Directives,
            EnumValueDefinitionNode e => e.Directives,
            _ => null,
        };
        if (directives is null || directives.Count == 0)
        {
            return true;
        }

        _unique ??= Uniqueness();
        var seen = node switch
        {
            SchemaDefinitionNode or SchemaExtensionNode => _schemaDirectives,
            TypeDefinitionNode t => TypeMap(t.Name.Value),
            TypeExtensionNode e => TypeMap(e.Definition.Name.Value),
            _ => new Dictionary<string, DirectiveNode>(StringComparer.Ordinal),
        };
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (!_unique.GetValueOrDefault(name))
            {
                continue;
            }

            if (seen.TryGetValue(name, out var first))
            {
                Context.Report($"The directive \"@{name}\" can only be used once at this location.", first, directive);
            }
            else
            {
                seen[name] = directive;
            }
        }

        return true;
    }

    private Dictionary<string, DirectiveNode> TypeMap(string typeName)
    {
        if (!_typeDirectives.TryGetValue(typeName, out var map))
        {
            _typeDirectives[typeName] = map = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
        }

        return map;
    }

    private Dictionary<string, bool> Uniqueness()
    {
        var unique = Context.Schema.Directives.ToDictionary(d => d.Name, d => !d.IsRepeatable, StringComparer.Ordinal);
        foreach (var definition in Context.Document.Definitions.OfType<DirectiveDefinitionNode>())
        {
            unique[definition.Name.Value] = !definition.Repeatable;
        }

        return unique;
    }
}
