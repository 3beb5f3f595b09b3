using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SupportGrains.GraphQL.Execution;
using SupportGrains.GraphQL.Types;

namespace SupportGrains.GraphQL.Http;

/// <summary>Hosting the engine in ASP.NET Core.</summary>
public static class GraphQLEndpointExtensions
{
    /// <summary>Registers a <see cref="GraphQLExecutor"/> for the schema the factory builds (once, at first use).</summary>
    public static IServiceCollection AddGraphQLExecutor(this IServiceCollection services, Func<IServiceProvider, Schema> schema,
        Func<IServiceProvider, ExecutionOptions>? options = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(schema);
        services.AddSingleton(sp => new GraphQLExecutor(schema(sp), options?.Invoke(sp)));
        return services;
    }

    /// <summary>Serves GraphQL over HTTP at <paramref name="pattern"/>: one line in Program.cs.</summary>
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string pattern = "/graphql", GraphQLHttpOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var executor = endpoints.ServiceProvider.GetRequiredService<GraphQLExecutor>();
        var handler = new GraphQLHttpHandler(executor, options ?? new GraphQLHttpOptions());
        return endpoints.Map(pattern, (RequestDelegate)handler.HandleAsync).WithDisplayName("GraphQL");
    }
}
