using SupportGrains.GraphQL.Language.Ast;
using SupportGrains.GraphQL.Types;
using SupportGrains.GraphQL.Values;

namespace SupportGrains.GraphQL.Validation.Rules;

/// <summary>Spec 5.4.1.2 (fragments) and 5.8.3 (variables): every named type exists in the schema.</summary>
public sealed class KnownTypeNamesRule : ValidationRule
{
    private static readonly Type[] Visited = [typeof(NamedTypeNode)];

    public override IReadOnlyCollection<Type> NodeTypes => Visited;

    private static readonly string[] StandardNames =
    [
        "String", "Int", "Float", "Boolean", "ID",
        "__Schema", "__Directive", "__DirectiveLocation", "__Type", "__Field", "__InputValue", "__EnumValue", "__TypeKind",
    ];

    private HashSet<string>? _defined;

    public override bool Enter(SyntaxNode node)
    {
        if (node is not NamedTypeNode named)
        {
            return true;
        }

        _defined ??= [.. Context.Document.Definitions.OfType<TypeDefinitionNode>().Select(d => d.Name.Value)];
        var name = named.Name.Value;
        if (Context.Schema.Type(name) is not null || _defined.Contains(name))
        {
            return true;
        }

        var ancestors = Context.Ancestors;
        var definition = ancestors.Count > 1 ? ancestors[1] : ancestors.LastOrDefault();
        var isSdl = definition is TypeSystemDefinitionNode;
        if (isSdl && StandardNames.Contains(name))
        {
            return true;
        }

        var known = Context.Schema.Types.Select(t => t.Name).Concat(_defined);
        var suggestions = Suggestions.For(name, isSdl ? StandardNames.Concat(known) : known);
        Context.Report($"Unknown type \"{name}\".{Suggestions.DidYouMean(suggestions)}", named);
        return true;
    }
}
