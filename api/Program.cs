using SupportGrains.Api.Application;
using SupportGrains.Api.GraphQL;
using SupportGrains.Api.Hosting;
using SupportGrains.Api.Operations;

if (OperatorCommands.Handles(args))
{
    return await OperatorCommands.RunAsync(args);  // backup --to FILE, restore --from FILE [--replace]
}

var builder = WebApplication.CreateBuilder(args);
builder.AddSupportGrainsSilo();      // Orleans: a co-hosted silo on SQLite (default) or PostgreSQL, or a client of a cluster
builder.AddApplication();            // who is asking, the access policy, a service per area: what the API and the pages call
builder.AddSupportGrainsApi();       // the GraphQL schema over the grains
builder.AddSampleOrganisation();     // a realistic fictional organisation on first run
builder.AddOperations();             // health checks
builder.AddTelemetry();              // metrics (Orleans, ASP.NET Core, the API) for /metrics; JSON logs with trace ids when configured
builder.AddSignIn();                 // accounts, cookie and bearer-token sign-in, OpenID Connect / JWT when configured
builder.AddRateLimits();             // per account and per address: /graphql, and stricter for signing in
builder.AddWebApp();                 // the pages: Razor components on the server, MudBlazor, live over each page's circuit

var app = builder.Build();
app.UseClearRefusals();              // 404, 405 and other answers ASP.NET Core leaves empty say why
app.MapSignIn();                     // HTTPS, CORS, who is asking, rate limits; /signin, /signout, /api/token; /graphql needs a signed-in user
app.MapOperations();                 // /health and the Orleans dashboard at /dashboard
app.MapTelemetry();                  // /metrics in Prometheus' text format, for this machine (and Operations:Metrics:AllowFrom)
app.MapOrganisationTransfer();       // /admin/organisations/{id}/export (its directors: a JSON file) and /admin/organisations/import (admins)
app.MapSupportGrainsApi();           // GraphQL over HTTP and its IDE at /graphql
app.MapWebApp();                     // the pages, each behind sign-in; / goes to the user's own page
app.Run();
return 0;

/// <summary>The API host; public so tests can start it with WebApplicationFactory.</summary>
public partial class Program;
