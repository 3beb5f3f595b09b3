using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using SupportGrains.GraphQL.Language;
using SupportGrains.GraphQL.Language.Ast;
using SupportGrains.GraphQL.Types;
using SupportGrains.GraphQL.Validation;

namespace SupportGrains.GraphQL.Execution;

/// <summary>
/// Runs requests against a schema: parse (cached by document text), validate, choose the
/// operation, coerce variables, execute. Thread-safe; one per schema.
/// </summary>
public sealed class GraphQLExecutor
{
    private readonly ConcurrentDictionary<string, PreparedDocument> _documents = new(StringComparer.Ordinal);
    private long _cachedCharacters;

    public GraphQLExecutor(Schema schema, ExecutionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        Schema = schema;
        Options = options ?? new ExecutionOptions();
    }

    public Schema Schema { get; }

    public ExecutionOptions Options { get; }

    /// <summary>Parses and validates a document, or takes it from the cache.</summary>
    public PreparedDocument Prepare(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (_documents.TryGetValue(query, out var prepared))
        {
            return prepared;
        }

        prepared = Prepare(Parse(query));
        if (query.Length > Options.MaxCachedDocumentLength)
        {
            return prepared;
        }

        if (_documents.Count >= Options.DocumentCacheSize || Interlocked.Read(ref _cachedCharacters) + query.Length > Options.DocumentCacheCharacters)
        {
            _documents.Clear();
            Interlocked.Exchange(ref _cachedCharacters, 0);
        }

        if (_documents.TryAdd(query, prepared))
        {
            Interlocked.Add(ref _cachedCharacters, query.Length);
        }

        return prepared;
    }

    /// <summary>Validates a parsed document (not cached).</summary>
    public PreparedDocument Prepare(DocumentNode document) => Prepare((document, (GraphQLError?)null));

    /// <summary>Executes a query or mutation (a subscription operation is executed once, like a query).</summary>
    public async ValueTask<ExecutionResult> ExecuteAsync(ExecutionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var (prepared, operation, variables, failure) = Begin(request);
        if (failure is not null)
        {
            Report(null, failure, started);
            return failure;
        }

        using var limit = Limit(cancellationToken);
        var context = new OperationContext(Schema, operation!, prepared!.Fragments, variables!, request.RootValue, request, Options, limit?.Token ?? cancellationToken);
        ExecutionResult result;
        try
        {
            result = await new Executor(context).ExecuteAsync();
        }
        catch (OperationCanceledException) when (limit?.IsCancellationRequested == true && !cancellationToken.IsCancellationRequested)
        {
            result = new ExecutionResult(null, [.. context.Errors, TimedOut()]);
        }

        Report(operation, result, started);
        return result;
    }

    /// <summary>Tells <see cref="ExecutionOptions.Executed"/> what became of a request (also of one refused before execution by the HTTP endpoint).</summary>
    internal void Report(OperationDefinitionNode? operation, ExecutionResult result, long startedTimestamp) =>
        Options.Executed?.Invoke(new ExecutedRequest(operation, result, System.Diagnostics.Stopwatch.GetElapsedTime(startedTimestamp)));

    /// <summary>
    /// Runs a subscription: the root field's event stream, each event executed as the root value of
    /// the operation. A request error is yielded once, as the only result.
    /// </summary>
    public async IAsyncEnumerable<ExecutionResult> SubscribeAsync(ExecutionRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (prepared, operation, variables, failure) = Begin(request);
        if (failure is not null)
        {
            yield return failure;
            yield break;
        }

        if (operation!.Operation != OperationType.Subscription || Schema.Subscription is null)
        {
            yield return await ExecuteAsync(request, cancellationToken);
            yield break;
        }

        var (events, error) = await SubscribeRootAsync(prepared!, operation, variables!, request, cancellationToken);
        if (events is null)
        {
            yield return error!;
            yield break;
        }

        await foreach (var item in events.WithCancellation(cancellationToken))
        {
            var context = new OperationContext(Schema, operation, prepared!.Fragments, variables!, item, request, Options, cancellationToken);
            yield return await new Executor(context).ExecuteAsync();
        }
    }

    private async ValueTask<(IAsyncEnumerable<object?>? Events, ExecutionResult? Error)> SubscribeRootAsync(PreparedDocument prepared,
        OperationDefinitionNode operation, Dictionary<string, object?> variables, ExecutionRequest request, CancellationToken cancellationToken)
    {
        var context = new OperationContext(Schema, operation, prepared.Fragments, variables, request.RootValue, request, Options, cancellationToken);
        var fields = FieldGroups.Collect(context, Schema.Subscription!, [operation.SelectionSet]);
        var fieldNodes = fields.Fields(0);
        var field = Schema.Subscription!.Field(fieldNodes[0].Name.Value);
        var path = ResponsePath.Root(fields.Key(0));
        if (field?.Subscriber is null)
        {
            return (null, new ExecutionResult(null, [new GraphQLError($"The subscription field \"{fieldNodes[0].Name.Value}\" is not defined.", fieldNodes)]));
        }

        try
        {
            var arguments = ValueCoercion.CoerceArguments(field.Arguments, fieldNodes[0].Arguments, fieldNodes[0], variables);
            var events = await field.Subscriber(new ResolveContext(context, request.RootValue, field, Schema.Subscription, fieldNodes, arguments, path));
            return (events, null);
        }
        catch (FieldErrorException e)
        {
            return (null, new ExecutionResult(null, [new GraphQLError(e.Message, [e.Node], path)]));
        }
        catch (GraphQLException e)
        {
            return (null, new ExecutionResult(null, [new GraphQLError(e.Message, fieldNodes, path, new Dictionary<string, object?> { ["code"] = e.Code })]));
        }
        catch (Exception e) when (Options.TranslateException?.Invoke(e) is { } translated)
        {
            // An application's own refusal (not allowed, not found) is an error of the subscription, as it is of a field.
            return (null, new ExecutionResult(null, [new GraphQLError(translated.Message, fieldNodes, path, new Dictionary<string, object?> { ["code"] = translated.Code })]));
        }
    }

    private (PreparedDocument? Prepared, OperationDefinitionNode? Operation, Dictionary<string, object?>? Variables, ExecutionResult? Failure) Begin(ExecutionRequest request)
    {
        PreparedDocument prepared;
        if (request.Document is not null)
        {
            prepared = Prepare(request.Document);
        }
        else if (request.Query is not null)
        {
            prepared = Prepare(request.Query);
        }
        else
        {
            return (null, null, null, ExecutionResult.RequestError(new GraphQLError("Must provide document.")));
        }

        if (prepared.Errors.Count > 0)
        {
            return (null, null, null, new ExecutionResult(null, prepared.Errors, hasData: false));
        }

        var operation = prepared.FindOperation(request.OperationName, out var operationError);
        if (operation is null)
        {
            return (null, null, null, ExecutionResult.RequestError(operationError!));
        }

        var errors = new List<GraphQLError>();
        Dictionary<string, object?> variables;
        try
        {
            variables = ValueCoercion.CoerceVariableValues(Schema, operation.VariableDefinitions, request.Variables, errors);
        }
        catch (VariableLimitException e)
        {
            errors.Add(new GraphQLError(e.Message));
            variables = [];
        }

        return errors.Count > 0
            ? (null, null, null, new ExecutionResult(null, errors, hasData: false))
            : (prepared, operation, variables, null);
    }

    private (DocumentNode? Document, GraphQLError? Error) Parse(string query)
    {
        try
        {
            return (Parser.Parse(query, Options.Parser), null);
        }
        catch (GraphQLSyntaxException e)
        {
            return (null, new GraphQLError(e.Message, e.Location));
        }
    }

    private PreparedDocument Prepare((DocumentNode? Document, GraphQLError? Error) parsed)
    {
        if (parsed.Document is null)
        {
            return new PreparedDocument(null, [parsed.Error!]);
        }

        var errors = DocumentValidator.Validate(Schema, parsed.Document, Options.Limits);
        return new PreparedDocument(parsed.Document, errors);
    }

    private CancellationTokenSource? Limit(CancellationToken cancellationToken)
    {
        if (Options.Timeout is not { } timeout)
        {
            return null;
        }

        var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        return limit;
    }

    private GraphQLError TimedOut() => new(
        $"The request took longer than {Options.Timeout!.Value.TotalSeconds:0.###} s and was stopped.",
        extensions: new Dictionary<string, object?> { ["code"] = "TIMEOUT" });
}
