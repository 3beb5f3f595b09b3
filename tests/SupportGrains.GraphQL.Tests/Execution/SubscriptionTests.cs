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

    private static async IAsyncEnumerable<object?> Count(int to)
    {
        for (var i = 1; i <= to; i++)
        {
            await Task.Yield();
            yield return i;
        }
    }
}
