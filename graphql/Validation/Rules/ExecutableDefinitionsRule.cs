using SupportGrains.GraphQL.Language.Ast;

namespace SupportGrains.GraphQL.Validation.Rules;

/// <summary>Spec 5.1.1 Executable Definitions: a request document holds only operations and fragments.</summary>
public sealed class ExecutableDefinitionsRule : ValidationRule
{
    private static readonly Type[] Visited = [typeof(DocumentNode)];

    public override IReadOnlyCollection<Type> NodeTypes => Visited;

    public override bool Enter(SyntaxNode node)
    {
        if (node is not DocumentNode document)
        {
            return true;
        }

        foreach (var definition in document.Definitions)
        {
            if (definition is ExecutableDefinitionNode)
            {
                continue;
            }

            var name = definition switch
            {
                SchemaDefinitionNode or SchemaExtensionNode => "schema",
                TypeDefinitionNode type => $"\"{type.Name.Value}\"",
                TypeExtensionNode extension => $"\"{extension.Definition.Name.Value}\"",
                DirectiveDefinitionNode directive => $"\"{directive.Name.Value}\"",
                _ => "this",
            };
            Context.Report($"The {name} definition is not executable.", definition);
        }

        return false;
    }
}
