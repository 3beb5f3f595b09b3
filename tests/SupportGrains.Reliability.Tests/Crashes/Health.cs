using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using SupportGrains.Api.Tests;
using SupportGrains.Api.Tests.Cluster;

namespace SupportGrains.Reliability.Tests.Crashes;

/// <summary>Asking a running app whether it serves, and signing in to it as the first admin.</summary>
public static class Health
{
    public static async Task<bool> HealthyAsync(Uri address)
    {
        try
        {
            using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(10) };
            return await http.GetStringAsync("/health") == "Healthy";
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }

    /// <summary>POST /api/token as the first admin; a client sending that bearer token (with room for a call that waits out a dead silo).</summary>
    public static async Task<GraphQLClient> SignInAsync(Uri address)
    {
        var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
        using var response = await http.PostAsJsonAsync("/api/token", new { username = ProcessCluster.AdminUsername, password = ProcessCluster.AdminPassword });
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            http.Dispose();
            throw new InvalidOperationException($"POST /api/token: HTTP {(int)response.StatusCode}: {body}");
        }

        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", JsonNode.Parse(body)!["accessToken"]!.GetValue<string>());
        return new GraphQLClient(http);
    }
}
