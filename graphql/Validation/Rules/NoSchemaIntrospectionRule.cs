using SupportGrains.GraphQL.Language.Ast;

namespace SupportGrains.GraphQL.Validation.Rules;

/// <summary>With introspection switched off, refuses any field of the introspection types.</summary>
public sealed class NoSchemaIntrospectionRule : ValidationRule
{
    private static readonly Type[] Visited = [typeof(FieldNode)];

    public override IReadOnlyCollection<Type> NodeTypes => Visited;

    public override bool Enter(SyntaxNode node)
    {
        if (node is FieldNode field && Context.TypeInfo.Type?.NamedType.Name.StartsWith("__", StringComparison.Ordinal) == true)
        {
            Context.Report($"GraphQL introspection has been disabled, but the requested query contained the field \"{field.Name.Value}\".", field);
        }

        return true;
    }
}
