using System.Net.Http.Json;
using System.Text.Json.Nodes;
using SupportGrains.Api.Tests.Cluster;
using SupportGrains.Testing;
using Xunit.Abstractions;

namespace SupportGrains.Api.Tests.Faults;

/// <summary>
/// README "Faults": the app as its own process, its store taken away mid-run and given back.
/// While it is gone every change is refused with STORE_UNAVAILABLE (never a 500), reads answer or
/// say the same, and /health/ready says not ready; nothing refused is kept and everything
/// acknowledged before is; when the store returns the app is ready again by itself (no restart)
/// and the very same changes, sent again with the same clientMutationIds, are taken once.
/// </summary>
[Collection(StoreFaults.Name)]
public sealed class StoreFaultTests(ITestOutputHelper output)
{
    private const int ChangesDuringFault = 6;
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task PostgreSQL_stopped_mid_run_refuses_changes_clearly_and_the_app_recovers_by_itself()
    {
        var server = await PostgresServer.StartPrivateAsync();
        var database = await server.CreateDatabaseAsync();
        await RunAsync(new PostgresStopped(server, database));
    }

    [Fact]
    public async Task The_SQLite_file_made_read_only_refuses_changes_clearly_and_the_app_recovers_by_itself()
    {
        using var folder = new TempDirectory("sg-faults");
        var fault = new SqliteReadOnly(folder.Path);
        try
        {
            await RunAsync(fault, folder.Path);
        }
        finally
        {
            fault.Release();
        }
    }

    private async Task RunAsync(StoreFault fault, string? folder = null)
    {
        using var own = folder is null ? new TempDirectory("sg-faults") : null;
        await using var app = await RunningApp.StartAsync(folder ?? own!.Path, fault.Settings);
        try
        {
            await RunAsync(fault, app);
        }
        catch (Exception e)
        {
            throw new Xunit.Sdk.XunitException($"{e.Message}\n\nThe app wrote (its end):\n{app.OutputTail(12_000)}", e);
        }
    }

    private async Task RunAsync(StoreFault fault, RunningApp app)
    {
        var api = await app.SignInAsync("admin");

        // Acknowledged before the fault: an organisation with a person, two colleagues, a match and a link.
        var organisation = await OrganisationOnRecord.CreateAsync(api);
        var person = await organisation.AddPersonAsync("Ada Before");
        var leader = await organisation.AddStaffMemberAsync("Bea Before", isLeader: true);
        var colleague = await organisation.AddStaffMemberAsync("Cal Before");
        var match = await organisation.StartMatchAsync(person, colleague);
        await organisation.KnowsPersonAsync(leader, person);
        Assert.Null(await organisation.ProblemAsync());
        Assert.Equal(200, (await app.HealthAsync("/health/ready")).Status);
        var before = organisation.Acknowledged;

        await fault.BeginAsync();
        var notReady = await Eventually.Async($"/health/ready not ready with the {fault.Name}", Deadline, async () =>
            await app.HealthAsync("/health/ready") is (503, _) ? null : "still ready");
        output.WriteLine($"{fault.Name}: /health/ready answered 503 after {notReady.TotalSeconds:0.0} s; /health/live {(await app.HealthAsync("/health/live")).Status}");

        // Every change refused with STORE_UNAVAILABLE; the same changes come again after the fault.
        var keys = Enumerable.Range(0, ChangesDuringFault).Select(i => $"fault-{Guid.NewGuid():N}-{i}").ToList();
        var refusals = new List<string>();
        for (var i = 0; i < ChangesDuringFault; i++)
        {
            refusals.Add(await RefusedAsync(api, "addPerson", "mutation ($input: AddPersonInput!) { addPerson(input: $input) { id } }",
                new { input = new { organisationId = organisation.Id, name = $"Dee During {i}", supportStartedOn = "2024-02-01", fundedHoursPerWeek = 30.0, clientMutationId = keys[i] } }));
            refusals.Add(await RefusedAsync(api, "advanceMatch", "mutation ($input: AdvanceMatchInput!) { advanceMatch(input: $input) { id stage } }",
                new { input = new { matchId = match, to = "APPLIED", clientMutationId = keys[i] + "-m" } }));
        }

        // Reads answer from what the grains hold, or are refused as clearly.
        var read = await api.SendAsync("query ($o: ID!) { organisation(id: $o) { people { name } } }", new { o = organisation.Id });
        Assert.True(read["errors"] is null || Codes(read).All(c => c == "STORE_UNAVAILABLE"), "a read during the fault: " + read.ToJsonString());
        output.WriteLine($"refused during the fault: {refusals.Count} changes, each STORE_UNAVAILABLE, e.g. \"{refusals[0]}\"");

        await fault.EndAsync();
        var ready = await Eventually.Async($"/health/ready ready again after the {fault.Name}", Deadline, async () =>
            await app.HealthAsync("/health/ready") is (200, _) ? null : "not ready yet");
        output.WriteLine($"ready again {ready.TotalSeconds:0.0} s after the store returned, the app not restarted (pid {app.Process.Id}, still running: {!app.Process.HasExited})");

        // Nothing refused was kept; everything acknowledged is there, once.
        await Eventually.Async("the acknowledged changes, and only they", Deadline, organisation.ProblemAsync);
        Assert.Equal(before, organisation.Acknowledged);

        // The same changes now succeed, once each, even sent twice.
        for (var i = 0; i < ChangesDuringFault; i++)
        {
            var first = await organisation.AddPersonAsync($"Dee During {i}", keys[i]);
            Assert.Equal(first, await organisation.AddPersonAsync($"Dee During {i}", keys[i]));
        }

        await organisation.AdvanceMatchAsync(match, "APPLIED");
        Assert.Null(await organisation.ProblemAsync());
        Assert.False(app.Process.HasExited);
        output.WriteLine($"after: {organisation.Acknowledged} changes acknowledged in all, the API answering exactly those");
    }

    // Sends a change that the store cannot take: it must be refused with STORE_UNAVAILABLE and a message, not a 500.
    private static async Task<string> RefusedAsync(GraphQLClient api, string field, string mutation, object variables)
    {
        using var response = await api.Http.PostAsJsonAsync("/graphql", new { query = mutation, variables });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode < 500, $"{field} during the fault: HTTP {(int)response.StatusCode}: {body}");
        var json = JsonNode.Parse(body)!;
        Assert.True(json["errors"] is JsonArray { Count: > 0 }, $"{field} during the fault was not refused: {body}");
        Assert.True(Codes(json).All(c => c == "STORE_UNAVAILABLE"), $"{field} during the fault: {body}");
        Assert.True(json["data"]?[field] is null, $"{field} during the fault answered data: {body}");
        var message = json["errors"]![0]!["message"]!.GetValue<string>();
        Assert.False(string.IsNullOrWhiteSpace(message));
        return message;
    }

    private static IEnumerable<string?> Codes(JsonNode result) =>
        result["errors"]!.AsArray().Select(e => e?["extensions"]?["code"]?.GetValue<string>());
}
