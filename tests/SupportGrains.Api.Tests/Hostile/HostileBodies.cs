using System.Text;

namespace SupportGrains.Api.Tests.Hostile;

/// <summary>An HTTP request before it is numbered and given its sender.</summary>
public sealed record HttpShape(string Description, string Method, string Target, string? ContentType, byte[]? Body, IReadOnlyList<KeyValuePair<string, string>> Headers, int? ExpectedStatus = null)
{
    public static HttpShape Post(string description, string target, string? contentType, byte[]? body, params KeyValuePair<string, string>[] headers) =>
        new(description, "POST", target, contentType, body, headers);
}

/// <summary>
/// What is wrong at the HTTP and JSON level rather than in the document: methods GraphQL does not
/// serve, content types it does not read, JSON truncated, duplicated, of the wrong shape or nested
/// too deep, bodies over the size limit, invalid UTF-8 and lone surrogates, garbage sent to the
/// sign-in endpoints, forged tokens, and the app's other paths with odd queries.
/// </summary>
public sealed class HostileBodies(Random random, HostileValues values)
{
    private const string Valid = "{\"query\": \"{ me { username } organisation(id: \\\"org-northfield\\\") { name } }\"}";

    private static readonly string[] Methods = ["PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "TRACE", "PROPFIND", "FOO"];

    private static readonly string?[] ContentTypes =
    [
        null, "", "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/graphql",
        "application/xml", "image/png", "application/json; charset=utf-16", "application/json; charset=latin1", "application/jsonx",
        "APPLICATION/JSON", "application/json;;;", "application/json; charset=\"utf-8\"", "*/*", "application/graphql-response+json",
    ];

    private static readonly string[] BrokenJson =
    [
        "", " ", "null", "true", "1", "\"{ __typename }\"", "[]", "[{\"query\": \"{ __typename }\"}]", "{}", "{\"query\": null}",
        "{\"query\": 1}", "{\"query\": [\"{ __typename }\"]}", "{\"query\": {\"a\": 1}}", "{\"query\": \"\"}",
        "{\"query\": \"{ __typename }\", \"variables\": \"{}\"}", "{\"query\": \"{ __typename }\", \"variables\": []}",
        "{\"query\": \"{ __typename }\", \"variables\": 1}", "{\"query\": \"{ __typename }\", \"operationName\": 5}",
        "{\"query\": \"{ __typename }\", \"operationName\": {}}", "{\"query\": \"{ __typename }\", \"extensions\": 1}",
        "{\"query\": \"{ __typename }\"} trailing", "{\"query\": \"{ __typename }\"}{\"query\": \"{ __typename }\"}",
        "\uFEFF{\"query\": \"{ __typename }\"}", "{/* comment */ \"query\": \"{ __typename }\"}", "{'query': '{ __typename }'}",
        "{\"query\": \"{ __typename }\",}", "{\"query\": \"\\x41\"}", "{\"query\": \"\\u12\"}", "{\"query\": \"{ __typename }\u0000\"}",
        "{\"query\": \"{ me { username } }\", \"query\": \"mutation { __typename }\"}",
        "{\"query\": \"query ($a: Int) { __typename }\", \"variables\": {\"a\": 1, \"a\": \"x\"}}",
        "{\"query\": \"{ __typename }\", \"variables\": {\"a\": NaN}}", "{\"query\": \"{ __typename }\", \"variables\": {\"a\": Infinity}}",
        "{\"query\": \"{ __typename }\", \"variables\": {\"a\": 1e99999}}", "{\"query\": \"{ __typename }\", \"variables\": {\"a\": -}}",
        "{\"query\": \"{ person(id: \\\"\\ud800\\\") { id } }\"}", "{\"query\": \"{ __typename }\", \"variables\": {\"\\udfff\": \"\\ud800x\"}}",
        "{\"query\": \"{ __typename }\", \"operationName\": \"\\ud800\"}", "{\"query\": \"{ __typename \\ud83d }\"}",
    ];

    private static readonly byte[][] InvalidUtf8 =
    [
        [0xFF], [0xFE, 0xFF], [0xC3], [0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x80], [0xF8, 0x88, 0x80, 0x80, 0x80],
    ];

    /// <summary>A method GraphQL does not serve, with a valid body.</summary>
    public HttpShape WrongMethod()
    {
        var method = values.Pick(Methods);
        return new HttpShape($"{method} /graphql", method, "/graphql", "application/json", method is "HEAD" or "TRACE" ? null : Bytes(Valid), []);
    }

    /// <summary>A valid body under a content type GraphQL does not read, or none.</summary>
    public HttpShape WrongContentType()
    {
        var type = values.Pick(ContentTypes);
        var body = type?.Contains("utf-16", StringComparison.Ordinal) == true ? Encoding.Unicode.GetBytes(Valid) : Bytes(Valid);
        return HttpShape.Post($"content type {type ?? "(none)"}", "/graphql", type, body);
    }

    /// <summary>JSON that is broken, truncated, duplicated, of the wrong shape, nested too deep or too big.</summary>
    public HttpShape BadJson()
    {
        switch (random.Next(6))
        {
            case 0:
                var cut = random.Next(1, Valid.Length);
                return Json($"truncated at {cut}", Valid[..cut]);
            case 1:
                var depth = values.Pick([255, 256, 257, 10_000, 400_000]);
                return Json($"JSON nested {depth} deep", "{\"query\": \"{ __typename }\", \"variables\": {\"a\": " + new string('[', depth) + new string(']', depth) + "}}");
            case 2:
                var size = values.Pick([1024 * 1024 - 100, 1024 * 1024 + 1, 2 * 1024 * 1024, 8 * 1024 * 1024]);
                return Json($"{size:N0}-byte body", "{\"query\": \"{ __typename }\", \"padding\": \"" + new string('x', size) + "\"}");
            case 3:
                var keys = values.Pick([1_000, 100_000]);
                return Json($"{keys:N0} variables", "{\"query\": \"{ __typename }\", \"variables\": {" + string.Join(',', Enumerable.Range(0, keys).Select(i => $"\"v{i}\": {i}")) + "}}");
            default:
                var text = values.Pick(BrokenJson);
                return Json("broken JSON: " + (text.Length > 60 ? text[..60] : text), text);
        }
    }

    /// <summary>A valid body with invalid UTF-8 bytes put in at a random place (in a string, a name, between tokens).</summary>
    public HttpShape InvalidUtf8Body()
    {
        var body = Bytes("{\"query\": \"query ($n: String) { person(id: \\\"p-sam\\\") { name } }\", \"variables\": {\"n\": \"Sam\"}, \"operationName\": null}").ToList();
        var bad = values.Pick(InvalidUtf8);
        var at = random.Next(body.Count);
        body.InsertRange(at, bad);
        return HttpShape.Post($"invalid UTF-8 {Convert.ToHexString(bad)} at byte {at}", "/graphql", "application/json", [.. body]);
    }

    /// <summary>Garbage for the sign-in endpoints (never a demo account's username, so none is locked out).</summary>
    public HttpShape SignIn()
    {
        var username = random.Next(3) == 0 ? values.Huge() : "hostile-" + random.Next(50);
        var password = random.Next(3) == 0 ? values.Huge() : "wrong password " + random.Next(1000);
        switch (random.Next(7))
        {
            case 0:
                return HttpShape.Post("token: wrong password", "/api/token", "application/json",
                    Bytes($"{{\"username\": {Literal.Json(username)}, \"password\": {Literal.Json(password)}}}"));
            case 1:
                var text = values.Pick(BrokenJson.Concat(["{\"username\": 1, \"password\": true}", "{\"username\": \"hostile-x\"}", "{\"password\": \"x\"}", "{\"username\": null, \"password\": null}"]).ToList());
                return HttpShape.Post("token: broken JSON", "/api/token", "application/json", Bytes(text));
            case 2:
                return HttpShape.Post("token: wrong content type", "/api/token", values.Pick(ContentTypes), Bytes($"username={Uri.EscapeDataString(username)}&password=x"));
            case 3:
                var body = Bytes("{\"username\": \"hostile-utf8\", \"password\": \"x\"}").ToList();
                body.InsertRange(random.Next(body.Count), values.Pick(InvalidUtf8));
                return HttpShape.Post("token: invalid UTF-8", "/api/token", "application/json", [.. body]);
            case 4:
                return HttpShape.Post("sign-in form: garbage", "/signin", values.Pick(["application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "text/plain", "application/json"]),
                    Bytes(values.Pick(["username=a&password=b", "", "&&&&", "username=" + new string('a', 100_000), string.Join('&', Enumerable.Range(0, 5_000).Select(i => $"k{i}=v")), "--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb\r\n", "%%%%", "a=%FF%FE"])));
            case 5:
                return HttpShape.Post("sign-out without a form", "/signout", values.Pick(["application/x-www-form-urlencoded", "application/json", "text/plain"]), Bytes("x=1"));
            default:
                return new HttpShape("token: GET", "GET", "/api/token?username=director&password=x", null, null, []);
        }
    }

    /// <summary>A valid query with an Authorization header that is not a valid token, or a forged cookie.</summary>
    public HttpShape ForgedCredentials()
    {
        var header = random.Next(8) switch
        {
            0 => new KeyValuePair<string, string>("Authorization", "Bearer " + new string('A', values.Pick([10, 8_000, 30_000]))),
            1 => new("Authorization", "Bearer sgt_director_" + random.Next()),
            2 => new("Authorization", "Basic ZGlyZWN0b3I6c3VwcG9ydGdyYWlucy1kZW1v"),
            3 => new("Authorization", "Bearer"),
            4 => new("Authorization", "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJkaXJlY3RvciJ9."),
            5 => new("Cookie", ".AspNetCore.Cookies=" + new string('x', values.Pick([10, 4_000]))),
            6 => new("Authorization", "Bearer sgt_" + Convert.ToHexString(Enumerable.Range(0, 32).Select(_ => (byte)random.Next(256)).ToArray())),
            _ => new("Authorization", "bearer  " + HeaderText(values.Id())),
        };
        return HttpShape.Post($"forged {header.Key}", "/graphql", "application/json", Bytes(Valid), header);
    }

    /// <summary>
    /// What a page on another site could make a signed-in browser send with its cookie but without
    /// the antiforgery token: a sign-out or sign-in form, a mutation as a form or as text, a
    /// mutation over GET, a page's form. The forms and the mutation are refused; the cookie stays signed in.
    /// </summary>
    public HttpShape CookieWithoutAntiforgery()
    {
        const string Mutation = "mutation { recordKnows(input: { staffId: \"s-northfield-002\", personId: \"p-sam\", lastTogetherOn: \"2026-11-20\", clientMutationId: \"hostile-cookie\" }) { id } }";
        var evil = new KeyValuePair<string, string>("Origin", "https://elsewhere.example");
        switch (random.Next(7))
        {
            case 0:
                return HttpShape.Post("cookie: sign-out form without its token", "/signout", "application/x-www-form-urlencoded", Bytes(values.Pick(["", "x=1", "__RequestVerificationToken=forged"])), evil) with { ExpectedStatus = 400 };
            case 1:
                return HttpShape.Post("cookie: sign-in form without its token", "/signin", "application/x-www-form-urlencoded", Bytes("username=hostile-cookie&password=x"), evil) with { ExpectedStatus = 400 };
            case 2:
                var type = values.Pick(["application/x-www-form-urlencoded", "text/plain", "multipart/form-data; boundary=x"]);
                return HttpShape.Post($"cookie: mutation as {type}", "/graphql", type, Bytes("query=" + Uri.EscapeDataString(Mutation)), evil) with { ExpectedStatus = 415 };
            case 3:
                return new HttpShape("cookie: mutation over GET", "GET", "/graphql?query=" + Uri.EscapeDataString(Mutation), null, null, [evil, new("Accept", "application/json")], 405);
            case 4:
                return HttpShape.Post("cookie: a page's form without its token", values.Pick(["/", "/me", "/people", "/graphql/ide"]), "application/x-www-form-urlencoded", Bytes("_handler=x&name=y"), evil);
            case 5:
                return HttpShape.Post("cookie: JSON query from another origin", "/graphql", "application/json", Bytes(Valid), evil);
            default:
                return new HttpShape("cookie: a page", "GET", values.Pick(["/", "/me", "/signin", "/graphql"]), null, null, [new("Accept", "text/html")]);
        }
    }

    /// <summary>The app's other paths, and GET /graphql with odd query strings.</summary>
    public HttpShape OtherPaths()
    {
        var target = values.Pick([
            "/graphql?sdl", "/health", "/health/live", "/health/ready", "/dashboard", "/dashboard/DashboardCounters", "/signin",
            "/signin?returnUrl=" + Uri.EscapeDataString("javascript:alert(1)"), "/signin?returnUrl=" + Uri.EscapeDataString("//evil.example"),
            "/signin?returnUrl=" + new string('a', 6_000), "/", "/graphql/extra", "/%2e%2e/%2e%2e/etc/passwd", "/graphql?query=", "/graphql?query=%7B__typename%7D&query=%7B__typename%7D",
            "/graphql?query=%FF%FE", "/graphql?query=%7B__typename%7D&variables=%5B%5D", "/graphql?query=%7B__typename%7D&variables=%7B", "/graphql?query=%7B__typename%7D&extensions=1",
            "/graphql?query=" + Uri.EscapeDataString("mutation { __typename }"), "/graphql?query=%7B__typename%7D&operationName=%ED%A0%80",
            "/graphql?query=%7B%20person(id%3A%20%22%ED%A0%80%22)%20%7B%20id%20%7D%20%7D", "/graphql?" + new string('q', 9_000),
        ]);
        var accept = values.Pick(["*/*", "text/html", "application/json", "text/event-stream", "image/png", "application/graphql-response+json;q=0, application/json;q=0"]);
        return new HttpShape($"GET {(target.Length > 60 ? target[..60] + "…" : target)}", "GET", target, null, null, [new("Accept", accept)]);
    }

    // An HTTP header carries only visible ASCII: anything else (a newline would split the request) as '?'.
    private static string HeaderText(string text) => new([.. text.Select(c => c is >= ' ' and < (char)0x7F ? c : '?')]);

    private static HttpShape Json(string description, string text) => HttpShape.Post(description, "/graphql", "application/json", Bytes(text));

    // The text as UTF-8, lone surrogates (typed as \u escapes in the C# literals above, so they stay escapes) included.
    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);
}
