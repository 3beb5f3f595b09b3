using SupportGrains.GraphQL.Execution;
using SupportGrains.GraphQL.Types;

namespace SupportGrains.GraphQL.Tests.Execution;

public sealed class SubscriptionTests
{
    [Fact]
    public async Task Each_event_of_the_stream_is_executed_as_the_operation()
    {
        var schema = SchemaBuilder.FromSdl("type Query { a: Int } type Subscription { count(to: Int!): Int! }")
            .Resolve("Query", "a", _ => 1)
            .Subscribe("Subscription", "count", c => ValueTask.FromResult(Count(c.Argument<int>("to"))))
            .Build();

        var results = new List<string>();
        await foreach (var result in new GraphQLExecutor(schema).SubscribeAsync(new ExecutionRequest { Query = "subscription { count(to: 3) }" }))
        {
            results.Add(ResultJson.ToJson(result));
        }

        Assert.Equal(["{\"data\":{\"count\":1}}", "{\"data\":{\"count\":2}}", "{\"data\":{\"count\":3}}"], results);
    }

    [Fact]
    public async Task An_application_refusal_when_subscribing_is_the_subscriptions_error_with_its_code()
    {
        var schema = SchemaBuilder.FromSdl("type Query { a: Int } type Subscription { count(to: Int!): Int! }")
            .Resolve("Query", "a", _ => 1)
            .Subscribe("Subscription", "count", _ => throw new UnauthorizedAccessException("Counting is for counters."))
            .Build();
        var options = new ExecutionOptions { TranslateException = e => e is UnauthorizedAccessException ? new GraphQLException(e.Message, "FORBIDDEN") : null };

        var results = new List<string>();
        await foreach (var result in new GraphQLExecutor(schema, options).SubscribeAsync(new ExecutionRequest { Query = "subscription { count(to: 3) }" }))
        {
            results.Add(ResultJson.ToJson(result));
        }

        var error = Assert.Single(results);
        Assert.Contains("\"message\":\"Counting is for counters.\"", error);
        Assert.Contains("\"code\":\"FORBIDDEN\"", error);
    }

    private static async IAsyncEnumerable<object?> Count(int to)
    {
        for (var i = 1; i <= to; i++)
        {
            await Task.Yield();
            yield return i;
        }
    }
}
