using System.Collections.Concurrent;
using SupportGrains.GraphQL.Execution;
using SupportGrains.GraphQL.Types;

namespace SupportGrains.GraphQL.Tests.Execution;

/// <summary>Loads of the same kind made while resolving a level are one batch, at every level.</summary>
public sealed class BatchLoaderTests
{
    private const string Sdl = """
        type Query { people: [Person!]! }
        type Person { id: ID! name: String! friends: [Person!]! best: Person }
        """;

    [Fact]
    public async Task A_list_of_items_resolving_the_same_kind_of_thing_makes_one_batched_call_per_level()
    {
        var batches = new ConcurrentQueue<IReadOnlyList<string>>();
        var schema = SchemaBuilder.FromSdl(Sdl)
            .Resolve("Query", "people", _ => Enumerable.Range(1, 10).Select(i => $"p{i}").ToList())
            .ResolveAsync("Person", "name", async c => await Load(c, (string)c.Source!))
            .ResolveAsync("Person", "friends", async c =>
            {
                await Load(c, (string)c.Source!);
                var id = int.Parse(((string)c.Source!)[1..], System.Globalization.CultureInfo.InvariantCulture);
                return new List<string> { $"p{(id % 10) + 11}", $"p{(id % 10) + 21}" };
            })
            .ResolveAsync("Person", "best", async c => (await Load(c, (string)c.Source!)) is null ? null : c.Source)
            .Resolve("Person", "id", c => c.Source)
            .Build();

        var result = await new GraphQLExecutor(schema).ExecuteAsync(new ExecutionRequest { Query = "{ people { id name friends { name best { name } } } }" });

        Assert.Empty(result.Errors);
        Assert.Equal(10 + 20, batches.SelectMany(b => b).Distinct().Count());
        Assert.Equal(batches.SelectMany(b => b).Count(), batches.SelectMany(b => b).Distinct().Count());
        Assert.InRange(batches.Count, 2, 4);

        Task<string?> Load(SupportGrains.GraphQL.Execution.ResolveContext context, string id) =>
            context.Loader<string, string>("names", (keys, _) =>
            {
                batches.Enqueue(keys);
                return ValueTask.FromResult<IReadOnlyDictionary<string, string>>(keys.ToDictionary(k => k, k => "Name of " + k));
            }).LoadAsync(id);
    }

    [Fact]
    public async Task A_primed_key_is_answered_from_the_cache_without_a_batch_and_others_still_batch()
    {
        var batches = new ConcurrentQueue<IReadOnlyList<string>>();
        var schema = SchemaBuilder.FromSdl(Sdl)
            .Resolve("Query", "people", c =>
            {
                Loader(c).Prime("p1", "Primed p1");
                return new List<string> { "p1", "p2", "p3" };
            })
            .ResolveAsync("Person", "name", async c => await Loader(c).LoadAsync((string)c.Source!))
            .Resolve("Person", "id", c => c.Source)
            .Resolve("Person", "friends", _ => new List<string>())
            .Resolve("Person", "best", _ => null)
            .Build();

        var result = await new GraphQLExecutor(schema).ExecuteAsync(new ExecutionRequest { Query = "{ people { id name } }" });

        Assert.Empty(result.Errors);
        Assert.Contains("\"Primed p1\"", ResultJson.ToJson(result), StringComparison.Ordinal);
        Assert.Equal(["p2", "p3"], Assert.Single(batches).Order().ToArray());

        BatchLoader<string, string> Loader(SupportGrains.GraphQL.Execution.ResolveContext context) =>
            context.Loader<string, string>("names", (keys, _) =>
            {
                batches.Enqueue(keys);
                return ValueTask.FromResult<IReadOnlyDictionary<string, string>>(keys.ToDictionary(k => k, k => "Name of " + k));
            });
    }
}
