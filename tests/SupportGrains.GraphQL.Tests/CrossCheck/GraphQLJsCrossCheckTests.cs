using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SupportGrains.GraphQL.Execution;
using SupportGrains.GraphQL.Types;
using SupportGrains.GraphQL.Validation;
using SupportGrains.GraphQL.Values;
using Xunit.Abstractions;

namespace SupportGrains.GraphQL.Tests.CrossCheck;

/// <summary>
/// Runs a corpus of requests (parse errors, every validation rule, execution, coercion,
/// introspection) through this engine and through graphql-js, and requires the same JSON.
/// </summary>
public sealed class GraphQLJsCrossCheckTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Every_case_of_the_corpus_answers_as_graphql_js_does()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "CrossCheck");
        var sdl = await File.ReadAllTextAsync(Path.Combine(folder, "library.graphql"));
        var rootJson = await File.ReadAllTextAsync(Path.Combine(folder, "library.json"));
        var cases = CorpusCase.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "cases.txt")));
        using var rootDocument = JsonDocument.Parse(rootJson);

        var input = new StringBuilder();
        foreach (var testCase in cases)
        {
            input.AppendLine(JsonSerializer.Serialize(new Dictionary<string, object?>
            {
                ["sdl"] = sdl,
                ["rootValue"] = rootDocument.RootElement,
                ["query"] = testCase.Query,
                ["variables"] = testCase.Variables is null ? null : JsonDocument.Parse(testCase.Variables).RootElement,
                ["operationName"] = testCase.OperationName,
            }));
        }

        var reference = (await NodeTools.RunAsync("execute.mjs", input.ToString()))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonNode.Parse(line)!)
            .ToList();
        Assert.Equal(cases.Count, reference.Count);

        var executor = new GraphQLExecutor(
            SchemaBuilder.FromSdl(sdl).UseDefaultResolvers().Build(),
            new ExecutionOptions { Limits = ValidationLimits.None, MaskUnexpectedErrors = false });
        var rootValue = JsonText.ToValue(rootDocument.RootElement);
        var mismatches = new List<string>();
        for (var i = 0; i < cases.Count; i++)
        {
            var query = reference[i]["query"]!.GetValue<string>();
            var variables = cases[i].Variables is { } v ? JsonText.ToValue(JsonDocument.Parse(v).RootElement) as IReadOnlyDictionary<string, object?> : null;
            var result = await executor.ExecuteAsync(new ExecutionRequest
            {
                Query = query,
                Variables = variables,
                OperationName = cases[i].OperationName,
                RootValue = rootValue,
            });
            var ours = JsonNode.Parse(ResultJson.ToJson(result))!;
            var theirs = reference[i]["result"]!;
            if (!JsonSame(ours, theirs))
            {
                mismatches.Add($"{cases[i].Name}\n  query:      {cases[i].Query}\n  graphql-js: {theirs.ToJsonString()}\n  ours:       {ours.ToJsonString()}");
            }
        }

        foreach (var mismatch in mismatches)
        {
            output.WriteLine(mismatch);
        }

        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {cases.Count} cases differ from graphql-js:\n\n{string.Join("\n\n", mismatches)}");
    }

    /// <summary>Deep JSON equality where numbers compare by value (1 equals 1.0).</summary>
    private static bool JsonSame(JsonNode? a, JsonNode? b) => (a, b) switch
    {
        (null, null) => true,
        (JsonObject x, JsonObject y) => x.Count == y.Count && x.All(p => y.TryGetPropertyValue(p.Key, out var other) && JsonSame(p.Value, other)),
        (JsonArray x, JsonArray y) => x.Count == y.Count && x.Zip(y).All(p => JsonSame(p.First, p.Second)),
        (JsonValue x, JsonValue y) when x.GetValueKind() == JsonValueKind.Number && y.GetValueKind() == JsonValueKind.Number =>
            x.GetValue<double>() == y.GetValue<double>(),
        (JsonValue x, JsonValue y) => x.ToJsonString() == y.ToJsonString(),
        _ => false,
    };
}
