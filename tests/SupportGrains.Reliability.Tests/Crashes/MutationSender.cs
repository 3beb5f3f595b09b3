using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SupportGrains.Reliability.Tests.Crashes;

/// <summary>Sends a change once and says what came back: acknowledged, refused (with its code), or no answer worth the name.</summary>
public static class MutationSender
{
    // The codes of a refusal: the change was looked at and not made. Anything else (STORE_UNAVAILABLE,
    // an unexpected error, a timeout, a dead process) says nothing about whether it was made.
    private static readonly HashSet<string> Refusals = ["NOT_FOUND", "INVALID_INPUT", "INVALID_TRANSITION", "SIZE_GUIDANCE_RED", "FORBIDDEN"];

    public static async Task<Reply> SendAsync(HttpClient http, Mutation mutation)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(mutation);
        try
        {
            using var response = await http.PostAsJsonAsync("/graphql", new { query = mutation.Document, variables = mutation.Variables });
            var body = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode)
            {
                return Lost($"HTTP {(int)response.StatusCode}: {Short(body)}");
            }

            var answer = JsonNode.Parse(body);
            if (answer?["errors"] is JsonArray { Count: > 0 } errors)
            {
                var code = (string?)errors[0]!["extensions"]?["code"];
                var message = (string?)errors[0]!["message"];
                return code is not null && Refusals.Contains(code) ? new Reply(Answer.Refused, null, code, message) : Lost($"{code ?? "no code"}: {message}");
            }

            return answer?["data"]?[mutation.Field] is { } result ? new Reply(Answer.Acknowledged, result, null, null) : Lost($"no result: {Short(body)}");
        }
        catch (HttpRequestException e) when (e.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused })
        {
            return Lost("nothing listens") with { NotDelivered = true };
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException or IOException)
        {
            return Lost($"{e.GetType().Name}: {e.Message}");
        }
    }

    private static Reply Lost(string detail) => new(Answer.Unacknowledged, null, null, detail);

    private static string Short(string text) => text.Length > 300 ? text[..300] + "…" : text;
}
