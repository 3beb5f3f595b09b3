using Microsoft.Net.Http.Headers;

namespace SupportGrains.GraphQL.Http;

/// <summary>Content negotiation of GraphQL over HTTP.</summary>
internal static class MediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";
    public const string EventStream = "text/event-stream";

    /// <summary>
    /// The response type for an Accept header: application/graphql-response+json when asked for
    /// first (or equally), application/json when asked for or when Accept is absent or a wildcard;
    /// null when nothing acceptable is asked for.
    /// </summary>
    public static string? Negotiate(string? accept)
    {
        if (string.IsNullOrWhiteSpace(accept))
        {
            return Json;
        }

        if (!MediaTypeHeaderValue.TryParseList(accept.Split(','), out var types))
        {
            return Json;
        }

        string? best = null;
        var bestQuality = -1.0;
        foreach (var type in types)
        {
            var quality = type.Quality ?? 1.0;
            var candidate = type.MediaType.Value?.ToLowerInvariant() switch
            {
                GraphQLResponse => GraphQLResponse,
                Json => Json,
                EventStream => EventStream,
                "*/*" or "application/*" => Json,
                _ => null,
            };
            if (candidate is not null && quality > 0 && quality > bestQuality)
            {
                best = candidate;
                bestQuality = quality;
            }
        }

        return best;
    }

    public static bool IsJsonBody(string? contentType)
    {
        if (contentType is null || !MediaTypeHeaderValue.TryParse(contentType, out var type))
        {
            return false;
        }

        var charset = type.Charset.Value;
        return string.Equals(type.MediaType.Value, Json, StringComparison.OrdinalIgnoreCase)
            && (charset is null || string.Equals(charset, "utf-8", StringComparison.OrdinalIgnoreCase));
    }
}
