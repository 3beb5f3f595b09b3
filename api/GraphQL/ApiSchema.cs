using Microsoft.Extensions.Logging;
using SupportGrains.Api.Application;
using SupportGrains.Api.Audit;
using SupportGrains.Api.Due;
using SupportGrains.Api.Accounts;
using SupportGrains.Api.Matches;
using SupportGrains.Api.Organisations;
using SupportGrains.Api.People;
using SupportGrains.Api.Rota;
using SupportGrains.Api.Staff;
using SupportGrains.Api.Teams;
using SupportGrains.Grains.Common;
using SupportGrains.GraphQL.Execution;
using SupportGrains.GraphQL.Http;
using SupportGrains.GraphQL.Types;

namespace SupportGrains.Api.GraphQL;

/// <summary>The GraphQL API over the grains: the SDL (the contract, extended) with the resolvers of each aggregate.</summary>
public static class ApiSchema
{
    /// <summary>The schema's SDL (embedded in the app).</summary>
    public static string Sdl { get; } = ReadSdl();

    public static Schema Build() => SchemaBuilder.FromSdl(Sdl)
        .AddOrganisations()
        .AddPeople()
        .AddStaff()
        .AddTeams()
        .AddMatches()
        .AddDue()
        .AddRota()
        .AddAudit()
        .AddAccounts()
        .Build();

    /// <summary>Registers the executor: domain refusals become errors with their code; unexpected ones are masked and logged.</summary>
    public static IHostApplicationBuilder AddSupportGrainsApi(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var introspection = builder.Configuration.GetValue("GraphQL:Introspection", true);
        builder.Services.AddSingleton<PersonHomes>();
        builder.Services.AddGraphQLExecutor(
            _ => introspection ? Build() : WithoutIntrospection(),
            sp => new ExecutionOptions
            {
                Logger = sp.GetRequiredService<ILoggerFactory>().CreateLogger("SupportGrains.GraphQL"),
                TranslateException = e => (e as DomainException ?? StoreFailures.AsRefusal(e) ?? InputFailures.AsRefusal(e)) is { } domain ? new GraphQLException(domain.Message, domain.Code) : null,
                Executed = sp.GetService<Operations.ApiMetrics>() is { } metrics ? metrics.Record : null,
            });
        return builder;
    }

    /// <summary>The GraphQL endpoint with its IDE, at /graphql.</summary>
    public static IEndpointConventionBuilder MapSupportGrainsApi(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGraphQL("/graphql", new GraphQLHttpOptions { IdeTitle = "SupportGrains", IdeDefaultQuery = DefaultQuery });

    private const string DefaultQuery = """
        # Who knows everyone, and can we take on another person this year?
        {
          organisations {
            name
            whoKnowsEveryone { name role }
            sizeCheck(adding: 1) { status findings { code status message } }
          }
        }

        """;

    private static Schema WithoutIntrospection() => SchemaBuilder.FromSdl(Sdl)
        .AddOrganisations().AddPeople().AddStaff().AddTeams().AddMatches().AddDue().AddRota().AddAudit().AddAccounts()
        .DisableIntrospection()
        .Build();

    private static string ReadSdl()
    {
        using var stream = typeof(ApiSchema).Assembly.GetManifestResourceStream("supportgrains.graphql")
            ?? throw new InvalidOperationException("The API schema is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
