using System.Text.Json;
using System.Text.Json.Nodes;

namespace SupportGrains.Grains.Transfer;

/// <summary>
/// Takes secrets out of an audit entry's values before they leave the instance in an export: account
/// entries written before they were made to leave them out may still hold a password's or a token's
/// hash or the security stamp.
/// </summary>
internal static class AuditSecrets
{
    private static readonly JsonSerializerOptions AuditJson = new(JsonSerializerDefaults.Web);

    private static readonly string[] Secrets = ["passwordHash", "securityStamp", "hash"];

    public static string? LeftOut(string? values)
    {
        if (values is null || !Secrets.Any(s => values.Contains($"\"{s}\"", StringComparison.OrdinalIgnoreCase)))
        {
            return values;
        }

        var node = JsonNode.Parse(values);
        Scrub(node);
        return node?.ToJsonString(AuditJson);

        static void Scrub(JsonNode? node)
        {
            if (node is JsonObject fields)
            {
                foreach (var secret in fields.Select(f => f.Key).Where(k => Secrets.Contains(k, StringComparer.OrdinalIgnoreCase)).ToList())
                {
                    fields.Remove(secret);
                }

                foreach (var (_, value) in fields)
                {
                    Scrub(value);
                }
            }
            else if (node is JsonArray items)
            {
                foreach (var item in items)
                {
                    Scrub(item);
                }
            }
        }
    }
}
