using SupportGrains.GraphQL.Language.Ast;

namespace SupportGrains.GraphQL.Execution;

/// <summary>A document parsed and validated against a schema, with its fragments indexed: what the cache keeps.</summary>
public sealed class PreparedDocument
{
    internal PreparedDocument(DocumentNode? document, IReadOnlyList<GraphQLError> errors)
    {
        Document = document;
        Errors = errors;
        Fragments = document?.Definitions.OfType<FragmentDefinitionNode>()
            .GroupBy(f => f.Name!.Value)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal) ?? [];
        Operations = document?.Definitions.OfType<OperationDefinitionNode>().ToList() ?? [];
    }

    public DocumentNode? Document { get; }

    /// <summary>Syntax or validation errors: a document with any is not executed.</summary>
    public IReadOnlyList<GraphQLError> Errors { get; }

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    public IReadOnlyList<OperationDefinitionNode> Operations { get; }

    /// <summary>The operation to run, or an error saying why none can be chosen.</summary>
    public OperationDefinitionNode? FindOperation(string? operationName, out GraphQLError? error)
    {
        error = null;
        if (!string.IsNullOrEmpty(operationName))
        {
            var named = Operations.FirstOrDefault(o => o.Name?.Value == operationName);
            if (named is null)
            {
                error = new GraphQLError($"Unknown operation named \"{operationName}\".");
            }

            return named;
        }

        switch (Operations.Count)
        {
            case 0:
                error = new GraphQLError("Must provide an operation.");
                return null;
            case 1:
                return Operations[0];
            default:
                error = new GraphQLError("Must provide operation name if query contains multiple operations.");
                return null;
        }
    }
}
