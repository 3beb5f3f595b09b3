namespace SupportGrains.GraphQL.Execution;

/// <summary>
/// The result of a request. <see cref="HasData"/> is false when the request failed before
/// execution (a syntax or validation error): then there is no <c>data</c> entry at all.
/// </summary>
public sealed class ExecutionResult
{
    public ExecutionResult(object? data, IReadOnlyList<GraphQLError> errors, bool hasData = true)
    {
        Data = data;
        Errors = errors;
        HasData = hasData;
    }

    /// <summary>The data: an ordered map (<see cref="ResultMap"/>) or null.</summary>
    public object? Data { get; }

    public bool HasData { get; }

    public IReadOnlyList<GraphQLError> Errors { get; }

    public IDictionary<string, object?>? Extensions { get; set; }

    /// <summary>A request error: no data.</summary>
    public static ExecutionResult RequestError(params GraphQLError[] errors) => new(null, errors, hasData: false);
}
