using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using SupportGrains.GraphQL.Http;
using SupportGrains.GraphQL.Types;

namespace SupportGrains.Bench.GraphQL;

/// <summary>
/// Requests per second over HTTP with wrk, same machine, same load, same run, for three servers:
/// this engine's endpoint, graphql-js behind graphql-http's Node handler (same schema and data),
/// and a bare ASP.NET Core endpoint that reads the body and writes the same response bytes (the ceiling).
/// </summary>
internal static class HttpBench
{
    public static async Task RunAsync(Schema schema, TimeSpan duration, int connections, int threads)
    {
        Wrk.EnsureInstalled();
        await using var ours = await StartAsync(app => app.MapGraphQL("/graphql"), services => services.AddGraphQLExecutor(_ => schema));
        await using var node = await NodePeer.StartAsync("graphql-server.mjs");

        Console.WriteLine();
        Console.WriteLine($"HTTP: wrk -t{threads} -c{connections} -d{duration.TotalSeconds:0}s, POST application/json, loopback");
        foreach (var (label, query) in new[] { ("{ hello }", "{ hello }"), ("(b) fragments", Documents.WithFragments) })
        {
            var body = System.Text.Json.JsonSerializer.Serialize(new { query });
            var expected = await PostAsync(ours.Url, body);
            var peerResponse = await PostAsync(node.Url, body);
            await using var bare = await StartAsync(app => app.MapPost("/graphql", async context =>
            {
                // The ceiling: read the whole body as the GraphQL endpoint must, write the same bytes.
                var reader = context.Request.BodyReader;
                while (true)
                {
                    var read = await reader.ReadAsync();
                    reader.AdvanceTo(read.Buffer.End);
                    if (read.IsCompleted)
                    {
                        break;
                    }
                }

                context.Response.ContentType = "application/graphql-response+json; charset=utf-8";
                await context.Response.Body.WriteAsync(expected);
            }), _ => { });

            Console.WriteLine($"  {label}: response {expected.Length} bytes; graphql-js answers the same: {(Encoding.UTF8.GetString(expected) == Encoding.UTF8.GetString(peerResponse) ? "yes" : "NO")}");
            Console.WriteLine($"    {"server",-32} {"req/s",10} {"p50",9} {"p99",9} {"errors",7}");
            var results = new Dictionary<string, WrkResult>();
            foreach (var (name, url) in new[] { ("SupportGrains.GraphQL", ours.Url), ("graphql-js + graphql-http (Node)", node.Url), ("bare ASP.NET Core (ceiling)", bare.Url) })
            {
                await Wrk.PostAsync(url, body, connections, threads, TimeSpan.FromSeconds(2)); // warm up
                var result = await Wrk.PostAsync(url, body, connections, threads, duration);
                results[name] = result;
                Console.WriteLine($"    {name,-32} {result.RequestsPerSecond,10:N0} {Ms(result.P50),9} {Ms(result.P99),9} {result.Errors,7}");
            }

            var mine = results["SupportGrains.GraphQL"].RequestsPerSecond;
            var versusJs = mine / results["graphql-js + graphql-http (Node)"].RequestsPerSecond;
            var versusBare = mine / results["bare ASP.NET Core (ceiling)"].RequestsPerSecond;
            // The targets are set for { hello }; the fragments document shows how the gap grows with work per request.
            Console.WriteLine(label == "{ hello }"
                ? $"    = {versusJs:0.0}× graphql-js (target ≥ 10×: {(versusJs >= 10 ? "met" : "MISSED")}), {versusBare:P0} of the bare endpoint (target ≥ 40%: {(versusBare >= 0.4 ? "met" : "MISSED")})"
                : $"    = {versusJs:0.0}× graphql-js, {versusBare:P0} of the bare endpoint (no target: the bare endpoint does no GraphQL work)");
        }
    }

    private static string Ms(TimeSpan t) => t.TotalMilliseconds < 1 ? $"{t.TotalMicroseconds:0} µs" : $"{t.TotalMilliseconds:0.00} ms";

    private static async Task<byte[]> PostAsync(string url, string body)
    {
        using var client = new HttpClient();
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        using var response = await client.PostAsync(url, content);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static async Task<Server> StartAsync(Action<WebApplication> map, Action<IServiceCollection> services)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        services(builder.Services);
        var app = builder.Build();
        map(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Server(app, address + "/graphql");
    }

    private sealed record Server(WebApplication App, string Url) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await App.StopAsync();
            await App.DisposeAsync();
        }
    }
}
