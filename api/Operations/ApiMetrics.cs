using System.Diagnostics.Metrics;
using SupportGrains.GraphQL.Execution;
using SupportGrains.GraphQL.Language.Ast;

namespace SupportGrains.Api.Operations;

/// <summary>
/// The API's own instruments (meter <c>SupportGrains.Api</c>): GraphQL requests by operation type and
/// outcome and how long they took, refusals by error code, changes by mutation and outcome, and
/// requests turned away by the rate limits. Told of every request by the GraphQL executor.
/// </summary>
public sealed class ApiMetrics
{
    public const string MeterName = "SupportGrains.Api";

    private readonly Counter<long> _requests;
    private readonly Histogram<double> _duration;
    private readonly Counter<long> _refusals;
    private readonly Counter<long> _changes;
    private readonly Counter<long> _rateLimited;

    public ApiMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(MeterName);
        _requests = meter.CreateCounter<long>("supportgrains.graphql.requests", "{request}",
            "GraphQL requests, by operation type (query, mutation, subscription; none for a document refused before one was chosen) and outcome (ok, errors, invalid)");
        _duration = meter.CreateHistogram<double>("supportgrains.graphql.request.duration", "s",
            "How long GraphQL requests took to execute, by operation type and outcome",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30] });
        _refusals = meter.CreateCounter<long>("supportgrains.graphql.errors", "{error}",
            "Errors in GraphQL answers, by code (NOT_FOUND, FORBIDDEN, INVALID_INPUT, STORE_UNAVAILABLE, INTERNAL_SERVER_ERROR, …; GRAPHQL_VALIDATION for a refused document)");
        _changes = meter.CreateCounter<long>("supportgrains.changes", "{change}",
            "Changes asked for, by mutation (addPerson, advanceMatch, …) and outcome (applied, refused)");
        _rateLimited = meter.CreateCounter<long>("supportgrains.rate_limited", "{request}",
            "Requests answered 429 by the rate limits, by limit (graphql, signin)");
    }

    /// <summary>Counts one request the executor finished (the executor's <see cref="ExecutionOptions.Executed"/>).</summary>
    public void Record(ExecutedRequest executed)
    {
        ArgumentNullException.ThrowIfNull(executed);
        var result = executed.Result;
        var type = executed.Operation?.Operation switch
        {
            OperationType.Query => "query",
            OperationType.Mutation => "mutation",
            OperationType.Subscription => "subscription",
            _ => "none",
        };
        var outcome = !result.HasData ? "invalid" : result.Errors.Count == 0 ? "ok" : "errors";
        var tags = new System.Diagnostics.TagList { { "operation", type }, { "outcome", outcome } };
        _requests.Add(1, tags);
        _duration.Record(executed.Elapsed.TotalSeconds, tags);
        foreach (var error in result.Errors)
        {
            _refusals.Add(1, new KeyValuePair<string, object?>("code", error.Code ?? (result.HasData ? "UNCODED" : "GRAPHQL_VALIDATION")));
        }

        if (executed.Operation is { Operation: OperationType.Mutation } mutation && result.HasData)
        {
            CountChanges(mutation, result);
        }
    }

    /// <summary>Counts a request the rate limits turned away.</summary>
    public void RateLimited(string limit) => _rateLimited.Add(1, new KeyValuePair<string, object?>("limit", limit));

    // Each root field of a mutation is one change; it was refused when an error's path starts at its response key.
    private void CountChanges(OperationDefinitionNode mutation, ExecutionResult result)
    {
        var refused = result.Errors.Select(e => e.Path is [string key, ..] ? key : null).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var field in mutation.SelectionSet.Selections.OfType<FieldNode>())
        {
            var key = field.Alias?.Value ?? field.Name.Value;
            _changes.Add(1, new System.Diagnostics.TagList { { "mutation", field.Name.Value }, { "outcome", refused.Contains(key) ? "refused" : "applied" } });
        }
    }
}
