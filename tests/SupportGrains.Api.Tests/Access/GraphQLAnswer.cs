using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace SupportGrains.Api.Tests.Access;

/// <summary>A GraphQL answer as it came, HTTP status and all (a request without an account gets 401, which <see cref="GraphQLClient"/> treats as a failure).</summary>
public sealed record GraphQLAnswer(HttpStatusCode Status, JsonNode Body)
{
    public JsonNode? Data => Body["data"];

    public JsonNode? Error => Body["errors"]?[0];

    public string? Code => Error?["extensions"]?["code"]?.GetValue<string>();

    public string? Message => Error?["message"]?.GetValue<string>();

    public static async Task<GraphQLAnswer> PostAsync(GraphQLClient client, string query, object? variables = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.Http.PostAsJsonAsync("/graphql", new { query, variables });
        return new GraphQLAnswer(response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }
}
