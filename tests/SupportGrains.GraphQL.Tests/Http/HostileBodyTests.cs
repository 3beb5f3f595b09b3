using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace SupportGrains.GraphQL.Tests.Http;

/// <summary>Bodies that are JSON on the surface but not text underneath: refused as the sender's mistake, never a 500.</summary>
public sealed class HostileBodyTests : IAsyncLifetime
{
    private TestServer _server = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _server = await TestServer.StartAsync(new SupportGrains.GraphQL.Http.GraphQLHttpOptions { MaxRequestBodySize = 100_000 });
        _client = new HttpClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    [Theory]
    [InlineData(new byte[] { 0xFF })]
    [InlineData(new byte[] { 0xC0, 0xAF })]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]
    public async Task A_body_with_bytes_that_are_not_utf8_is_refused_saying_where(byte[] bad)
    {
        var before = Encoding.UTF8.GetBytes("{\"query\": \"{ hello(name: \\\"Sa");
        var after = Encoding.UTF8.GetBytes("m\\\") }\"}");

        var (status, message) = await PostAsync([.. before, .. bad, .. after]);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal($"The request body is not valid UTF-8: byte {before.Length} starts no character. Send JSON encoded as UTF-8.", message);
    }

    [Theory]
    [InlineData("{\"query\": \"{ hello(name: \\\"\\ud800\\\") }\"}")]
    [InlineData("{\"query\": \"{ hello }\", \"operationName\": \"\\udfff\"}")]
    [InlineData("{\"query\": \"query ($n: String) { hello(name: $n) }\", \"variables\": {\"n\": \"\\ud800x\"}}")]
    public async Task A_string_escaping_half_a_surrogate_pair_is_refused_as_not_unicode(string json)
    {
        var (status, message) = await PostAsync(Encoding.UTF8.GetBytes(json));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("not valid Unicode", message, StringComparison.Ordinal);
    }

    private async Task<(HttpStatusCode Status, string? Message)> PostAsync(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Post, _server.Url)
        {
            Content = content,
            Headers = { { "Accept", "application/graphql-response+json" } },
        });
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return (response.StatusCode, json["errors"]![0]!["message"]!.GetValue<string>());
    }
}
