using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using SupportGrains.Api.Tests.Accounts;
using SupportGrains.Api.Tests.Cluster;
using SupportGrains.Testing;

namespace SupportGrains.Api.Tests.Operations;

/// <summary>/metrics: Prometheus' text format with Orleans', ASP.NET Core's and the API's own series, for this machine and the addresses an operator names.</summary>
[Collection(SeparateProcesses.Name)]
public sealed class MetricsTests : IDisposable
{
    private readonly TempDirectory _folder = new("sg-metrics");

    [Fact]
    public async Task Metrics_of_the_running_app_have_Orleans_ASP_NET_Core_and_the_API_series()
    {
        await using var app = await AppProcess.StartAsync(AppProcess.OnSqlite(_folder.File("metrics.db")));
        var admin = await app.SignInAsync();
        await admin.DataAsync("{ me { username } }");
        await admin.DataAsync("mutation { createOrganisation(input: { name: \"Metered\", startedOn: \"2024-01-01\" }) { id } }");
        var (code, _) = await admin.ErrorAsync("mutation { advanceMatch(input: { matchId: \"m1-p-nobody\", to: APPLIED }) { id } }");
        Assert.Equal("NOT_FOUND", code);

        using var http = app.Http();
        using var response = await http.GetAsync("/metrics");
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);

        // Orleans' meter: the grains the requests activated, and their storage.
        Assert.True(Prometheus.Sum(text, "orleans_catalog_activations") > 0, "No Orleans activations in:\n" + text);
        Assert.True(Prometheus.Sum(text, "orleans_storage_write_latency_milliseconds_count") > 0, "No Orleans storage writes in:\n" + text);

        // ASP.NET Core's meters: hosting and Kestrel.
        Assert.True(Prometheus.Sum(text, "http_server_request_duration_seconds_count", "http_route=\"/graphql\"") >= 3, "No /graphql requests in:\n" + text);
        Assert.Contains("kestrel_active_connections", Prometheus.Names(text));

        // The API's own: requests by operation and outcome, errors by code, changes by mutation and outcome.
        Assert.True(Prometheus.Sum(text, "supportgrains_graphql_requests_total", "operation=\"query\",outcome=\"ok\"") >= 1, text);
        Assert.True(Prometheus.Sum(text, "supportgrains_graphql_requests_total", "operation=\"mutation\",outcome=\"errors\"") >= 1, text);
        Assert.True(Prometheus.Sum(text, "supportgrains_graphql_errors_total", "code=\"NOT_FOUND\"") >= 1, text);
        Assert.Equal(1, Prometheus.Sum(text, "supportgrains_changes_total", "mutation=\"createOrganisation\",outcome=\"applied\""));
        Assert.Equal(1, Prometheus.Sum(text, "supportgrains_changes_total", "mutation=\"advanceMatch\",outcome=\"refused\""));
        Assert.True(Prometheus.Sum(text, "supportgrains_graphql_request_duration_seconds_count") >= 3, text);
    }

    [Fact]
    public async Task Metrics_are_refused_to_another_machine_unless_its_address_is_allowed()
    {
        await using (var closed = new SeparateApp(services: s => s.AddSingleton<IStartupFilter>(new RemoteAddress(IPAddress.Parse("10.20.30.40")))))
        {
            using var http = closed.App.CreateClient();
            using var refused = await http.GetAsync("/metrics");
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Contains("Operations:Metrics:AllowFrom", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        await using var open = new SeparateApp(
            settings: new Dictionary<string, string> { ["Operations:Metrics:AllowFrom"] = "192.168.1.9, 10.20.30.0/24" },
            services: s => s.AddSingleton<IStartupFilter>(new RemoteAddress(IPAddress.Parse("10.20.30.40"))));
        using var client = open.App.CreateClient();
        using var allowed = await client.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Contains("# TYPE", await allowed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
