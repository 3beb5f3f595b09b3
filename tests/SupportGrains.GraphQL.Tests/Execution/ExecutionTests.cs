using System.Text.Json.Nodes;
using SupportGrains.GraphQL.Execution;
using SupportGrains.GraphQL.Types;

namespace SupportGrains.GraphQL.Tests.Execution;

public sealed class ExecutionTests
{
    private const string Sdl = """
        type Query {
          hello: String
          nonNull: String!
          items: [Item!]
          nullableItems: [Item]
          fail: String
          failNonNull: String!
          failOnPurpose: String
          slow: String
          shape(kind: String!): Shape
          echo(value: Int = 3, list: [Int], when: Date, at: DateTime): String
          date: Date
          stamp: DateTime
        }
        type Mutation { first: Int second: Int }
        type Item { id: ID! name: String! child: Item }
        scalar Date
        scalar DateTime
        interface Shape { sides: Int }
        type Square implements Shape { sides: Int width: Int }
        type Circle implements Shape { sides: Int radius: Int }
        """;

    private static readonly List<string> Order = [];

    private static GraphQLExecutor Executor(Action<SchemaBuilder>? configure = null, ExecutionOptions? options = null, string sdl = Sdl)
    {
        var builder = SchemaBuilder.FromSdl(sdl).UseDefaultResolvers()
            .Resolve("Query", "hello", _ => "world")
            .Resolve("Query", "nonNull", _ => null)
            .Resolve("Query", "items", _ => new[] { Item("1", "one"), Item("2", null), Item("3", "three") })
            .Resolve("Query", "nullableItems", _ => new[] { Item("1", "one"), Item("2", null) })
            .Resolve("Query", "fail", _ => throw new InvalidOperationException("secret database detail"))
            .Resolve("Query", "failNonNull", _ => throw new InvalidOperationException("boom"))
            .Resolve("Query", "failOnPurpose", _ => throw new GraphQLException("Person p-9 was not found.", "NOT_FOUND"))
            .ResolveAsync("Query", "slow", async _ =>
            {
                await Task.Delay(10);
                return "later";
            })
            .Resolve("Query", "shape", c => c.Argument<string>("kind") == "square"
                ? new Dictionary<string, object?> { ["__typename"] = "Square", ["sides"] = 4, ["width"] = 2 }
                : new Dictionary<string, object?> { ["__typename"] = "Circle", ["sides"] = 0, ["radius"] = 1 })
            .Resolve("Query", "echo", c => string.Join(",", c.Arguments.Select(a => $"{a.Key}={Format(a.Value)}")))
            .Resolve("Query", "date", _ => new DateOnly(2026, 11, 22))
            .Resolve("Query", "stamp", _ => new DateTimeOffset(2026, 11, 22, 9, 30, 0, TimeSpan.Zero))
            .ResolveAsync("Mutation", "first", async _ =>
            {
                await Task.Delay(20);
                lock (Order)
                {
                    Order.Add("first");
                }

                return 1;
            })
            .Resolve("Mutation", "second", _ =>
            {
                lock (Order)
                {
                    Order.Add("second");
                }

                return 2;
            });
        configure?.Invoke(builder);
        return new GraphQLExecutor(builder.Build(), options);
    }

    private static Dictionary<string, object?> Item(string id, string? name) => new() { ["id"] = id, ["name"] = name };

    private static string Format(object? value) => value switch
    {
        null => "null",
        object?[] list => "[" + string.Join(" ", list.Select(Format)) + "]",
        _ => value.ToString()!,
    };

    private static async Task<JsonNode> RunAsync(GraphQLExecutor executor, string query, IReadOnlyDictionary<string, object?>? variables = null) =>
        JsonNode.Parse(ResultJson.ToJson(await executor.ExecuteAsync(new ExecutionRequest { Query = query, Variables = variables })))!;

    [Fact]
    public async Task A_null_in_a_non_null_item_nulls_the_nearest_nullable_parent_with_one_error_and_its_path()
    {
        var result = await RunAsync(Executor(), "{ hello items { id name } }");

        Assert.Equal("world", result["data"]!["hello"]!.GetValue<string>());
        Assert.Null(result["data"]!["items"]);
        var error = Assert.Single(result["errors"]!.AsArray())!;
        Assert.Equal("Cannot return null for non-nullable field Item.name.", error["message"]!.GetValue<string>());
        Assert.Equal("[\"items\",1,\"name\"]", error["path"]!.ToJsonString());
        Assert.Equal(1, error["locations"]![0]!["line"]!.GetValue<int>());
    }

    [Fact]
    public async Task Errors_and_resolvers_see_the_path_through_aliases_nested_lists_and_awaited_fields()
    {
        // Item.child fails for item 2 after awaiting; Item.where answers its own path; lists nest two deep.
        var executor = Executor(b => b
            .ResolveAsync("Item", "child", async c =>
            {
                await Task.Yield();
                var item = (Dictionary<string, object?>)c.Source!;
                return item["id"] as string == "2" ? throw new GraphQLException("no child here", "NOT_FOUND") : Item("c" + item["id"], "child");
            })
            .Resolve("Item", "where", c => c.Path.ToString())
            .Resolve("Query", "grid", _ => new[] { new[] { Item("1", "a"), Item("2", "b") }, new[] { Item("3", "c") } }),
            sdl: Sdl.Replace("type Item { id: ID! name: String! child: Item }", "type Item { id: ID! name: String! child: Item where: String }")
                .Replace("type Query {", "type Query {\n  grid: [[Item]]"));

        var result = await RunAsync(executor, "{ rows: grid { cell: child { where } where } }");

        Assert.Equal(
            "[[{\"cell\":{\"where\":\"rows.0.0.cell.where\"},\"where\":\"rows.0.0.where\"},{\"cell\":null,\"where\":\"rows.0.1.where\"}],"
            + "[{\"cell\":{\"where\":\"rows.1.0.cell.where\"},\"where\":\"rows.1.0.where\"}]]",
            result["data"]!["rows"]!.ToJsonString());
        var error = Assert.Single(result["errors"]!.AsArray())!;
        Assert.Equal("[\"rows\",0,1,\"cell\"]", error["path"]!.ToJsonString());
    }

    [Fact]
    public async Task A_value_task_resolver_answers_whether_it_is_done_at_once_or_later()
    {
        var executor = Executor(b => b
            .ResolveValueAsync("Query", "hello", _ => new ValueTask<string>("now"))
            .ResolveValueAsync("Query", "slow", async _ =>
            {
                await Task.Yield();
                return "later";
            }));

        var result = await RunAsync(executor, "{ hello slow }");

        Assert.Equal("{\"hello\":\"now\",\"slow\":\"later\"}", result["data"]!.ToJsonString());
    }

    [Fact]
    public async Task In_a_list_of_nullable_items_only_the_item_becomes_null()
    {
        var result = await RunAsync(Executor(), "{ nullableItems { id name } }");

        Assert.Equal("[{\"id\":\"1\",\"name\":\"one\"},null]", result["data"]!["nullableItems"]!.ToJsonString());
    }

    [Fact]
    public async Task A_null_non_null_root_field_nulls_the_data()
    {
        var result = await RunAsync(Executor(), "{ hello nonNull }");

        Assert.Null(result["data"]);
        Assert.Equal("Cannot return null for non-nullable field Query.nonNull.", result["errors"]![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Unexpected_exceptions_are_masked_with_a_trace_id_while_errors_raised_on_purpose_keep_their_message_and_code()
    {
        var result = await RunAsync(Executor(), "{ fail failOnPurpose hello }");

        var errors = result["errors"]!.AsArray();
        var masked = errors.Single(e => e!["path"]![0]!.GetValue<string>() == "fail")!;
        var purposeful = errors.Single(e => e!["path"]![0]!.GetValue<string>() == "failOnPurpose")!;
        Assert.Equal("Unexpected execution error", masked["message"]!.GetValue<string>());
        Assert.DoesNotContain("secret", masked.ToJsonString());
        Assert.Equal("INTERNAL_SERVER_ERROR", masked["extensions"]!["code"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(masked["extensions"]!["traceId"]!.GetValue<string>()));
        Assert.Equal("Person p-9 was not found.", purposeful["message"]!.GetValue<string>());
        Assert.Equal("NOT_FOUND", purposeful["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("world", result["data"]!["hello"]!.GetValue<string>());
    }

    [Fact]
    public async Task Mutation_fields_run_one_after_another_in_order()
    {
        lock (Order)
        {
            Order.Clear();
        }

        var result = await RunAsync(Executor(), "mutation { first second again: first }");

        Assert.Equal("{\"first\":1,\"second\":2,\"again\":1}", result["data"]!.ToJsonString());
        Assert.Equal(["first", "second", "first"], Order);
    }

    [Fact]
    public async Task Aliases_fragments_and_abstract_types_resolve_through_typename()
    {
        var result = await RunAsync(Executor(), """
            { sq: shape(kind: "square") { __typename sides ...S } ci: shape(kind: "circle") { ... on Circle { radius } ... on Shape { sides } } async: slow }
            fragment S on Square { width }
            """);

        Assert.Equal("{\"sq\":{\"__typename\":\"Square\",\"sides\":4,\"width\":2},\"ci\":{\"radius\":1,\"sides\":0},\"async\":\"later\"}", result["data"]!.ToJsonString());
    }

    [Fact]
    public async Task Arguments_are_coerced_with_defaults_and_single_values_become_lists()
    {
        var result = await RunAsync(Executor(), "query ($l: [Int]) { a: echo b: echo(value: 5, list: 7) c: echo(list: $l) d: echo(when: \"2026-11-22\", at: \"2026-11-22T10:00:00+01:00\") }",
            new Dictionary<string, object?> { ["l"] = 9.0 });

        var data = result["data"]!;
        Assert.Equal("value=3", data["a"]!.GetValue<string>());
        Assert.Equal("value=5,list=[7]", data["b"]!.GetValue<string>());
        Assert.Equal("value=3,list=[9]", data["c"]!.GetValue<string>());
        Assert.StartsWith("value=3,when=11/22/2026", data["d"]!.GetValue<string>());
    }

    [Fact]
    public async Task Date_and_date_time_scalars_serialise_as_iso_8601()
    {
        var result = await RunAsync(Executor(), "{ date stamp }");

        Assert.Equal("{\"date\":\"2026-11-22\",\"stamp\":\"2026-11-22T09:30:00Z\"}", result["data"]!.ToJsonString());
    }

    [Fact]
    public async Task Bad_date_literals_and_variables_are_refused_with_the_expected_format()
    {
        var literal = await RunAsync(Executor(), "{ echo(when: \"22/11/2026\") }");
        var variable = await RunAsync(Executor(), "query ($w: Date) { echo(when: $w) }", new Dictionary<string, object?> { ["w"] = "tomorrow" });

        Assert.Contains("expected a calendar date", literal["errors"]![0]!["message"]!.GetValue<string>());
        Assert.Contains("Variable \"$w\" got invalid value \"tomorrow\"", variable["errors"]![0]!["message"]!.GetValue<string>());
        Assert.Null(variable["data"]);
    }

    [Fact]
    public async Task A_request_error_has_no_data_entry()
    {
        var json = ResultJson.ToJson(await Executor().ExecuteAsync(new ExecutionRequest { Query = "{ nope }" }));

        Assert.DoesNotContain("\"data\"", json);
        Assert.StartsWith("{\"errors\":", json);
    }

    [Fact]
    public async Task Introspection_can_be_switched_off()
    {
        var executor = Executor(b => b.DisableIntrospection());

        var result = await RunAsync(executor, "{ __schema { types { name } } }");
        var typename = await RunAsync(executor, "{ __typename }");

        Assert.Contains("introspection has been disabled", result["errors"]![0]!["message"]!.GetValue<string>());
        Assert.Equal("Query", typename["data"]!["__typename"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_request_over_its_time_limit_is_stopped_with_a_timeout_error()
    {
        var executor = Executor(b => b.ResolveAsync("Query", "slow", async c =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30), c.CancellationToken);
            return "never";
        }), new ExecutionOptions { Timeout = TimeSpan.FromMilliseconds(50) });

        var result = await RunAsync(executor, "{ slow }");

        Assert.Contains(result["errors"]!.AsArray(), e => e!["extensions"]?["code"]?.GetValue<string>() is "TIMEOUT" or "CANCELLED");
    }

    [Fact]
    public async Task The_same_document_text_is_parsed_and_validated_once()
    {
        var executor = Executor();

        var first = executor.Prepare("{ hello }");
        var second = executor.Prepare("{ hello }");

        Assert.Same(first, second);
    }
}
