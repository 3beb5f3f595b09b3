using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SupportGrains.Api.Tests;

/// <summary>Posts GraphQL requests to the app and reads the answers.</summary>
public sealed class GraphQLClient(HttpClient http)
{
    public HttpClient Http => http;

    /// <summary>The whole response, errors and all.</summary>
    public async Task<JsonNode> SendAsync(string query, object? variables = null)
    {
        using var response = await http.PostAsJsonAsync("/graphql", new { query, variables });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"HTTP {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!;
    }

    /// <summary>The data of a request that must succeed.</summary>
    public async Task<JsonNode> DataAsync(string query, object? variables = null)
    {
        var result = await SendAsync(query, variables);
        Assert.True(result["errors"] is null, "Unexpected errors: " + result["errors"]?.ToJsonString());
        return result["data"]!;
    }

    /// <summary>The first error of a request that must fail: its code and message.</summary>
    public async Task<(string Code, string Message)> ErrorAsync(string query, object? variables = null)
    {
        var result = await SendAsync(query, variables);
        var error = result["errors"]?[0] ?? throw new Xunit.Sdk.XunitException("Expected an error but got " + result.ToJsonString());
        return (error["extensions"]?["code"]?.GetValue<string>() ?? "", error["message"]!.GetValue<string>());
    }
}
