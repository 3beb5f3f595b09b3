using System.Net;
using System.Text;

namespace SupportGrains.GraphQL.Tests.Http;

public sealed class GraphQLHttpTests : IAsyncLifetime
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

    private Task<HttpResponseMessage> PostAsync(string json, string accept = "application/graphql-response+json") =>
        _client.SendAsync(new HttpRequestMessage(HttpMethod.Post, _server.Url)
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
            Headers = { { "Accept", accept } },
        });

    [Fact]
    public async Task A_query_over_post_answers_with_the_negotiated_media_type()
    {
        using var response = await PostAsync("""{"query":"{ hello(name: \"Sam\") }"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("{\"data\":{\"hello\":\"Hello, Sam\"}}", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_answer_carries_its_content_length_and_is_not_chunked()
    {
        using var response = await PostAsync("""{"query":"{ hello(name: \"Zoë\") }"}""");
        var body = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(body.Length, response.Content.Headers.ContentLength);
        Assert.NotEqual(true, response.Headers.TransferEncodingChunked);
        Assert.Equal("{\"data\":{\"hello\":\"Hello, Zoë\"}}", Encoding.UTF8.GetString(body));
    }

    [Fact]
    public async Task Posts_on_one_connection_reuse_it()
    {
        // A body left unconsumed makes the server close the connection after every response.
        var connections = 0;
        using var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = 1,
            ConnectCallback = async (context, cancellationToken) =>
            {
                Interlocked.Increment(ref connections);
                var socket = new System.Net.Sockets.Socket(System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp) { NoDelay = true };
                await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                return new System.Net.Sockets.NetworkStream(socket, ownsSocket: true);
            },
        };
        using var client = new HttpClient(handler);
        for (var i = 0; i < 5; i++)
        {
            using var response = await client.PostAsync(_server.Url, new StringContent("""{"query":"{ count }"}""", Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            await response.Content.ReadAsStringAsync();
        }

        Assert.Equal(1, connections);
    }

    [Fact]
    public async Task Request_errors_are_400_with_graphql_response_json_and_200_with_plain_json()
    {
        using var strict = await PostAsync("""{"query":"{ nope }"}""");
        using var legacy = await PostAsync("""{"query":"{ nope }"}""", "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, strict.StatusCode);
        Assert.Equal(HttpStatusCode.OK, legacy.StatusCode);
        Assert.DoesNotContain("\"data\"", await strict.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Field_errors_keep_status_200_and_hide_unexpected_exception_details()
    {
        using var response = await PostAsync("""{"query":"{ fail count }"}""");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Unexpected execution error", body);
        Assert.DoesNotContain("secret", body);
    }

    [Fact]
    public async Task A_body_over_the_size_limit_is_refused_with_413()
    {
        var huge = "{\"query\":\"{ " + new string('a', 200_000) + " }\"}";

        using var response = await PostAsync(huge);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_deeply_nested_document_is_refused_as_a_request_error()
    {
        var nested = string.Concat(Enumerable.Repeat("{a", 2_000)) + string.Concat(Enumerable.Repeat("}", 2_000));

        using var response = await PostAsync("{\"query\":\"" + nested + "\"}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Syntax Error", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Unsupported_methods_and_content_types_are_refused()
    {
        using var put = await _client.PutAsync(_server.Url, new StringContent("{}", Encoding.UTF8, "application/json"));
        using var text = await _client.PostAsync(_server.Url, new StringContent("{ hello }", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, put.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, text.StatusCode);
    }

    [Fact]
    public async Task A_mutation_over_get_is_405_and_runs_nothing()
    {
        using var response = await _client.GetAsync(_server.Url + "?query=" + Uri.EscapeDataString("mutation { increment }"));
        using var count = await _client.GetAsync(_server.Url + "?query=" + Uri.EscapeDataString("{ count }"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("{\"data\":{\"count\":0}}", await count.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Subscriptions_stream_as_server_sent_events()
    {
        using var response = await PostAsync("""{"query":"subscription { ticks(upTo: 2) }"}""", "text/event-stream");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/event-stream", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("event: next\ndata: {\"data\":{\"ticks\":1}}\n\nevent: next\ndata: {\"data\":{\"ticks\":2}}\n\nevent: complete\ndata: \n\n", body);
    }

    [Fact]
    public async Task The_sdl_stays_downloadable_when_introspection_is_off()
    {
        await using var server = await TestServer.StartAsync(introspection: false);

        var sdl = await _client.GetStringAsync(server.Url + "?sdl");
        using var response = await _client.GetAsync(server.Url + "?query=" + Uri.EscapeDataString("{ __schema { types { name } } }"));

        Assert.Contains("type Query", sdl);
        Assert.Contains("introspection has been disabled", await response.Content.ReadAsStringAsync());
    }
}
