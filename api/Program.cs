using SupportGrains.Api.GraphQL;
using SupportGrains.Api.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddSupportGrainsSilo();      // the grain runtime, co-hosted, on SQLite (default) or PostgreSQL
builder.AddSupportGrainsApi();       // the GraphQL schema over the grains
builder.AddSampleOrganisation();     // a realistic fictional organisation on first run

var app = builder.Build();
app.MapHealthChecks("/health");      // silo and store
app.MapSupportGrainsApi();           // GraphQL over HTTP and its IDE at /graphql
app.MapGet("/", () => Results.Redirect("/graphql"));
app.Run();

/// <summary>The API host; public so tests can start it with WebApplicationFactory.</summary>
public partial class Program;
