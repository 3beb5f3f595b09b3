using SupportGrains.GraphQL.Language.Ast;

namespace SupportGrains.GraphQL.Execution;

/// <summary>
/// What became of one request, for a host that counts requests (metrics): the operation that ran
/// (null when the document was refused before an operation was chosen), the result, and how long it took.
/// </summary>
public sealed record ExecutedRequest(OperationDefinitionNode? Operation, ExecutionResult Result, TimeSpan Elapsed);
