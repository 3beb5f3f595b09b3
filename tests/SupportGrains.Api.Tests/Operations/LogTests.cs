using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans;
using SupportGrains.Api.Tests.Accounts;
using SupportGrains.Api.Tests.Cluster;
using SupportGrains.Testing;

namespace SupportGrains.Api.Tests.Operations;

/// <summary>Structured logs: JSON lines on the console when configured, each line of a request carrying the request's trace id, which a masked error also names.</summary>
[Collection(SeparateProcesses.Name)]
public sealed class LogTests : IDisposable
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);
    private readonly TempDirectory _folder = new("sg-logs");

    [Fact]
    public async Task With_the_json_formatter_every_log_line_of_a_request_is_json_carrying_its_trace_id()
    {
        await using var app = await AppProcess.StartAsync(new Dictionary<string, string>(AppProcess.OnSqlite(_folder.File("logs.db")))
        {
            ["Logging__Console__FormatterName"] = "json",
            ["Logging__LogLevel__Microsoft.AspNetCore"] = "Information",
        });
        var admin = await app.SignInAsync();

        // The caller's W3C trace context is taken up by the app: the request's lines carry the caller's trace id.
        var traceId = ActivityTraceId.CreateRandom().ToString();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent("{ me { username } }") };
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");
        using var response = await admin.Http.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());

        List<JsonObject> ofRequest = [];
        await Eventually.Async("the request's lines logged", Wait, () =>
        {
            ofRequest = [.. Lines(app.Process.Output).Where(l => Scope(l, "TraceId") == traceId)];
            return Task.FromResult(ofRequest.Any(l => ((string?)l["Message"])?.StartsWith("Request finished", StringComparison.Ordinal) == true) ? null : $"{ofRequest.Count} lines so far");
        });

        // Every line is JSON; every line about the request (by its request id) carries the same trace id.
        var output = app.Process.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.All(output.Where(l => l.StartsWith('{')), l => Assert.NotNull(JsonNode.Parse(l)));
        var requestId = Scope(ofRequest[0], "RequestId");
        Assert.NotNull(requestId);
        var sameRequest = Lines(app.Process.Output).Where(l => Scope(l, "RequestId") == requestId).ToList();
        Assert.True(sameRequest.Count >= 3, $"Only {sameRequest.Count} lines of the request.");
        Assert.All(sameRequest, l => Assert.Equal(traceId, Scope(l, "TraceId")));
        Assert.Contains(sameRequest, l => Scope(l, "RequestPath") == "/graphql");
    }

    [Fact]
    public async Task A_masked_unexpected_error_names_the_trace_id_of_its_log_line()
    {
        var logs = new CapturedLogs();
        await using var separate = new SeparateApp(services: s =>
        {
            s.AddSingleton<ILoggerProvider>(logs);
            s.AddSingleton<IOutgoingGrainCallFilter, FailingCatalog>();
        });
        var admin = await separate.App.AdminAsync();

        var result = await admin.SendAsync("{ organisations { id } }");
        var error = result["errors"]![0]!;
        Assert.Equal("Unexpected execution error", (string?)error["message"]);
        Assert.Equal("INTERNAL_SERVER_ERROR", (string?)error["extensions"]!["code"]);
        var traceId = (string?)error["extensions"]!["traceId"];
        Assert.Matches("^[0-9a-f]{32}$", traceId);

        var logged = Assert.Single(logs.Lines, l => l.Message.Contains("Resolver of organisations failed", StringComparison.Ordinal));
        Assert.Contains(traceId!, logged.Message, StringComparison.Ordinal);
        Assert.Equal(traceId, logged.Scopes.GetValueOrDefault("TraceId")?.ToString());
        Assert.Equal(FailingCatalog.Failure, logged.Exception?.Message);
        Assert.All(logs.Lines.Where(l => l.Scopes.GetValueOrDefault("RequestPath") is "/graphql"), l => Assert.Equal(traceId, l.Scopes.GetValueOrDefault("TraceId")?.ToString()));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    private static StringContent JsonContent(string query) =>
        new(new JsonObject { ["query"] = query }.ToJsonString(), System.Text.Encoding.UTF8, "application/json");

    private static IEnumerable<JsonObject> Lines(string output)
    {
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (line.StartsWith('{') && JsonNode.Parse(line) is JsonObject json)
            {
                yield return json;
            }
        }
    }

    private static string? Scope(JsonObject line, string name) =>
        line["Scopes"]?.AsArray().Select(s => s?[name]).FirstOrDefault(v => v is not null)?.ToString();

    /// <summary>Makes the list of organisations fail as a bug would: an exception no one raised on purpose.</summary>
    private sealed class FailingCatalog : IOutgoingGrainCallFilter
    {
        public const string Failure = "A fault injected by the test.";

        public Task Invoke(IOutgoingGrainCallContext context) =>
            context.InterfaceMethod?.Name == "OrganisationIdsAsync" && IsFromRequest()
                ? throw new InvalidOperationException(Failure)
                : context.Invoke();

        // Only calls made while a request is being served (the health check and start-up call the catalog too).
        private static bool IsFromRequest() => Activity.Current is not null;
    }
}
