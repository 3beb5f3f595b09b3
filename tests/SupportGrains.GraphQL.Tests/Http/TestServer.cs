using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SupportGrains.GraphQL.Execution;
using SupportGrains.GraphQL.Http;
using SupportGrains.GraphQL.Types;

namespace SupportGrains.GraphQL.Tests.Http;

/// <summary>A real Kestrel server on a free loopback port serving a small schema at /graphql.</summary>
public sealed class TestServer : IAsyncDisposable
{
    public const string Sdl = """
        type Query { hello(name: String = "world"): String! count: Int! fail: String }
        type Mutation { increment: Int! }
        type Subscription { ticks(upTo: Int! = 3): Int! }
        """;

    private readonly WebApplication _app;
    private int _counter;

    private TestServer(GraphQLHttpOptions? options, ExecutionOptions? executionOptions, bool introspection)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddGraphQLExecutor(_ => SchemaBuilder.FromSdl(Sdl)
            .Resolve("Query", "hello", c => "Hello, " + c.Argument<string>("name"))
            .Resolve("Query", "count", _ => _counter)
            .Resolve("Query", "fail", _ => throw new InvalidOperationException("secret detail"))
            .Resolve("Mutation", "increment", _ => Interlocked.Increment(ref _counter))
            .Subscribe("Subscription", "ticks", c => ValueTask.FromResult(Ticks(c.Argument<int>("upTo"))))
            .IntrospectionIf(introspection)
            .Build(), _ => executionOptions ?? new ExecutionOptions());
        _app = builder.Build();
        _app.MapGraphQL("/graphql", options);
    }

    public string Url { get; private set; } = "";

    public static async Task<TestServer> StartAsync(GraphQLHttpOptions? options = null, ExecutionOptions? executionOptions = null, bool introspection = true)
    {
        var server = new TestServer(options, executionOptions, introspection);
        await server._app.StartAsync();
        var address = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Url = address + "/graphql";
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static async IAsyncEnumerable<object?> Ticks(int upTo)
    {
        for (var i = 1; i <= upTo; i++)
        {
            await Task.Yield();
            yield return i;
        }
    }
}

internal static class SchemaBuilderTestExtensions
{
    public static SchemaBuilder IntrospectionIf(this SchemaBuilder builder, bool on) => on ? builder : builder.DisableIntrospection();
}
