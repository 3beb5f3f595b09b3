using System.Text.Json;
using System.Text.Json.Nodes;

namespace SupportGrains.GraphQL.Tests.Http;

/// <summary>The graphql-http server audit (npm graphql-http), run against our endpoint: every MUST and SHOULD passes.</summary>
public sealed class GraphQLHttpAuditTests
{
    [Fact]
    public async Task Every_must_and_should_audit_of_graphql_http_passes()
    {
        await using var server = await TestServer.StartAsync();

        var output = await NodeTools.RunAsync("audit.mjs", "", server.Url);

        var results = JsonNode.Parse(output)!.AsArray();
        Assert.True(results.Count > 30, "the audit suite ran");
        var failures = results
            .Where(r => r!["status"]!.GetValue<string>() != "ok" && !r["name"]!.GetValue<string>().StartsWith("MAY", StringComparison.Ordinal))
            .Select(r => $"{r!["id"]} {r["name"]}: {r["reason"]}")
            .ToList();
        Assert.True(failures.Count == 0, "Failed audits:\n" + string.Join("\n", failures));
    }
}
