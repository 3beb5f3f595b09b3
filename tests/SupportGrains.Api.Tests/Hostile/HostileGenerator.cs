using System.Text;
using SupportGrains.GraphQL.Types;

namespace SupportGrains.Api.Tests.Hostile;

/// <summary>
/// The hostile requests of a run. Request <c>i</c> of seed <c>s</c> is made from a random
/// generator seeded with (s, i) alone, so a run repeats exactly and any one request can be made
/// again on its own. Each request is of one kind (see <see cref="Kinds"/>, with how often each
/// is drawn) and is sent as one of the demo accounts or as no one.
/// </summary>
public sealed class HostileGenerator(int seed, Schema schema)
{
    /// <summary>The demo accounts requests are sent as (null: no one signed in).</summary>
    public static readonly string?[] Identities = ["director", "leader", "staff", "admin", null];

    /// <summary>The start of an identity that sends an account's sign-in cookie (not its bearer token).</summary>
    public const string CookiePrefix = "cookie:";

    /// <summary>The demo accounts whose sign-in cookies are sent.</summary>
    public static readonly string[] CookieAccounts = ["staff", "director"];

    /// <summary>Every kind of request, with its weight (how often it is drawn).</summary>
    public static readonly IReadOnlyList<(string Kind, int Weight)> Kinds =
    [
        ("schema-query", 18), ("schema-mutation", 18), ("schema-subscription", 2), ("mutated-document", 10), ("random-text", 4),
        ("deep-nesting", 5), ("aliases", 3), ("overlapping-fields", 4), ("fragments", 4), ("huge-numbers", 4), ("many-operations", 3),
        ("directives", 3), ("introspection", 4), ("http-method", 2), ("content-type", 3), ("bad-json", 5), ("invalid-utf8", 3),
        ("sign-in", 3), ("forged-credentials", 2), ("other-paths", 3), ("cookie-session", 3),
    ];

    private static readonly int TotalWeight = Kinds.Sum(k => k.Weight);

    public int Seed => seed;

    /// <summary>Request number <paramref name="index"/> of this seed.</summary>
    public HostileRequest Create(int index)
    {
        var random = new Random(Mix(seed, index));
        var values = new HostileValues(random);
        var documents = new AdversarialDocuments(random, values);
        var bodies = new HostileBodies(random, values);
        var kind = Draw(random);
        var operations = new SchemaOperations(random, schema, values);
        var mutated = new MutatedDocuments(random);
        var shape = kind switch
        {
            "schema-query" => Envelope(random, "random query", operations.Query()),
            "schema-mutation" => Envelope(random, "random mutation", operations.Mutation()),
            "schema-subscription" => Envelope(random, "random subscription", operations.Subscription()),
            "mutated-document" => Envelope(random, "mutated README query", new GeneratedOperation(mutated.Mutated(), null, null)),
            "random-text" => Envelope(random, "random characters", new GeneratedOperation(mutated.Random(), null, null)),
            "deep-nesting" => Envelope(random, "deep nesting", documents.DeepNesting()),
            "aliases" => Envelope(random, "aliases", documents.Aliases()),
            "overlapping-fields" => Envelope(random, "overlapping fields", documents.Overlapping()),
            "fragments" => Envelope(random, "fragments", documents.Fragments()),
            "huge-numbers" => Envelope(random, "huge numbers", documents.HugeNumbers()),
            "many-operations" => Envelope(random, "many operations", documents.ManyOperations()),
            "directives" => Envelope(random, "directives", documents.Directives()),
            "introspection" => Envelope(random, "introspection", documents.Introspection()),
            "http-method" => bodies.WrongMethod(),
            "content-type" => bodies.WrongContentType(),
            "bad-json" => bodies.BadJson(),
            "invalid-utf8" => bodies.InvalidUtf8Body(),
            "sign-in" => bodies.SignIn(),
            "forged-credentials" => bodies.ForgedCredentials(),
            "cookie-session" => bodies.CookieWithoutAntiforgery(),
            _ => bodies.OtherPaths(),
        };

        // Mostly signed in, so requests get past the sign-in gate; forged credentials and sign-in garbage as no one.
        // A sign-in cookie only with the cookie kind, which sends nothing else.
        var identity = kind switch
        {
            "forged-credentials" or "sign-in" => null,
            "cookie-session" => CookiePrefix + CookieAccounts[random.Next(CookieAccounts.Length)],
            _ => Identities[random.Next(6) == 0 ? Identities.Length - 1 : random.Next(Identities.Length - 1)],
        };
        return new HostileRequest(index, kind, Describe(shape), shape.Method, shape.Target, identity, shape.Headers, shape.ContentType, shape.Body, shape.ExpectedStatus);
    }

    // SplitMix64 of (seed, index): neighbouring indexes give unrelated generators.
    private static int Mix(int seed, int index)
    {
        var z = ((ulong)(uint)seed << 32 | (uint)index) + 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return (int)((z ^ (z >> 31)) & int.MaxValue);
    }

    private static string Draw(Random random)
    {
        var pick = random.Next(TotalWeight);
        foreach (var (kind, weight) in Kinds)
        {
            if ((pick -= weight) < 0)
            {
                return kind;
            }
        }

        return Kinds[^1].Kind;
    }

    private static string Describe(HttpShape shape) => shape.Description.Length > 120 ? shape.Description[..120] + "…" : shape.Description;

    /// <summary>A document sent as GraphQL over HTTP: mostly a JSON POST, now and then a GET, an odd content type or Accept header.</summary>
    private static HttpShape Envelope(Random random, string description, GeneratedOperation operation)
    {
        var headers = new List<KeyValuePair<string, string>>();
        switch (random.Next(40))
        {
            case < 4:
                headers.Add(new("Accept", "application/graphql-response+json"));
                break;
            case 4:
                headers.Add(new("Accept", "text/event-stream"));
                break;
            case 5:
                headers.Add(new("Accept", "image/png"));
                break;
            case 6:
                headers.Add(new("Accept", "application/json, text/event-stream;q=0.5"));
                break;
        }

        var size = $"{description} ({operation.Document.Length:N0} characters)";
        if (random.Next(15) == 0)
        {
            var target = "/graphql?query=" + Uri.EscapeDataString(operation.Document)
                + (operation.VariablesJson is null ? "" : "&variables=" + Uri.EscapeDataString(operation.VariablesJson))
                + (operation.OperationName is null ? "" : "&operationName=" + Uri.EscapeDataString(operation.OperationName));
            return new HttpShape("GET " + size, "GET", target, null, null, headers);
        }

        var body = new StringBuilder("{\"query\": ").Append(Literal.Json(operation.Document));
        if (operation.VariablesJson is not null)
        {
            body.Append(", \"variables\": ").Append(operation.VariablesJson);
        }

        if (operation.OperationName is not null)
        {
            body.Append(", \"operationName\": ").Append(Literal.Json(operation.OperationName));
        }

        body.Append('}');
        var contentType = random.Next(15) == 0 ? "application/json; charset=utf-8" : "application/json";
        return new HttpShape(size, "POST", "/graphql", contentType, Encoding.UTF8.GetBytes(body.ToString()), headers);
    }
}
