using SupportGrains.GraphQL.Language.Ast;

namespace SupportGrains.GraphQL.Validation.Rules;

/// <summary>Spec 5.7.1 Directives Are Defined, and 5.7.2 Directives Are In Valid Locations.</summary>
public sealed class KnownDirectivesRule : ValidationRule
{
    private static readonly Type[] Visited = [typeof(DirectiveNode)];

    public override IReadOnlyCollection<Type> NodeTypes => Visited;

    private Dictionary<string, IReadOnlyList<string>>? _locations;

    public override bool Enter(SyntaxNode node)
    {
        if (node is not DirectiveNode directive)
        {
            return true;
        }

        _locations ??= Locations();
        var name = directive.Name.Value;
        if (!_locations.TryGetValue(name, out var locations))
        {
            Context.Report($"Unknown directive \"@{name}\".", directive);
            return true;
        }

        var candidate = LocationOf(Context.Ancestors);
        if (candidate is not null && !locations.Contains(candidate))
        {
            Context.Report($"Directive \"@{name}\" may not be used on {candidate}.", directive);
        }

        return true;
    }

    private Dictionary<string, IReadOnlyList<string>> Locations()
    {
        var locations = Context.Schema.Directives.ToDictionary(d => d.Name, d => d.Locations, StringComparer.Ordinal);
        foreach (var definition in Context.Document.Definitions.OfType<DirectiveDefinitionNode>())
        {
            locations[definition.Name.Value] = [.. definition.Locations.Select(l => l.Value)];
        }

        return locations;
    }

    private static string? LocationOf(IReadOnlyList<SyntaxNode> ancestors)
    {
        var appliedTo = ancestors[^1];
        return appliedTo switch
        {
            OperationDefinitionNode o => o.Operation switch
            {
                OperationType.Query => "QUERY",
                OperationType.Mutation => "MUTATION",
                _ => "SUBSCRIPTION",
            },
            FieldNode => "FIELD",
            FragmentSpreadNode => "FRAGMENT_SPREAD",
            InlineFragmentNode => "INLINE_FRAGMENT",
            FragmentDefinitionNode => "FRAGMENT_DEFINITION",
            VariableDefinitionNode => "VARIABLE_DEFINITION",
            SchemaDefinitionNode or SchemaExtensionNode => "SCHEMA",
            ScalarTypeDefinitionNode => "SCALAR",
            ObjectTypeDefinitionNode => "OBJECT",
            FieldDefinitionNode => "FIELD_DEFINITION",
            InterfaceTypeDefinitionNode => "INTERFACE",
            UnionTypeDefinitionNode => "UNION",
            EnumTypeDefinitionNode => "ENUM",
            EnumValueDefinitionNode => "ENUM_VALUE",
            InputObjectTypeDefinitionNode => "INPUT_OBJECT",
            InputValueDefinitionNode => ancestors.Count > 1 && ancestors[^2] is InputObjectTypeDefinitionNode or TypeExtensionNode { Definition: InputObjectTypeDefinitionNode }
                ? "INPUT_FIELD_DEFINITION"
                : "ARGUMENT_DEFINITION",
            DirectiveDefinitionNode => "DIRECTIVE_DEFINITION",
            TypeExtensionNode e => e.Definition switch
            {
                ScalarTypeDefinitionNode => "SCALAR",
                ObjectTypeDefinitionNode => "OBJECT",
                InterfaceTypeDefinitionNode => "INTERFACE",
                UnionTypeDefinitionNode => "UNION",
                EnumTypeDefinitionNode => "ENUM",
                _ => "INPUT_OBJECT",
            },
            _ => null,
        };
    }
}
