using SupportGrains.Testing;

namespace SupportGrains.Api.Tests;

/// <summary>Data written through the API, and the account's token, are there after the app restarts, on both stores.</summary>
public sealed class RestartTests : IDisposable
{
    private readonly TempDirectory _folder = new("sg-restart");

    public static TheoryData<string> Stores => new() { "sqlite", "postgres" };

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Data_survives_a_restart(string kind)
    {
        var store = kind == "sqlite"
            ? Store.Sqlite(Path.Combine(_folder.Path, "restart.db"))
            : Store.Postgres(await (await PostgresServer.GetAsync()).CreateDatabaseAsync());
        string organisation;
        string match;
        string token;
        await using (var first = new SupportGrainsApp(store))
        {
            var client = await first.AdminAsync();
            token = client.Http.DefaultRequestHeaders.Authorization!.Parameter!;
            organisation = (await client.DataAsync("mutation { createOrganisation(input: { name: \"Kept\", startedOn: \"2024-01-01\" }) { id } }"))["createOrganisation"]!["id"]!.GetValue<string>();
            var person = (await client.DataAsync("mutation ($o: ID!) { addPerson(input: { organisationId: $o, name: \"Sam\", supportStartedOn: \"2024-02-01\", fundedHoursPerWeek: 30 }) { id } }", new { o = organisation }))["addPerson"]!["id"]!.GetValue<string>();
            var staff = (await client.DataAsync("mutation ($o: ID!) { addStaffMember(input: { organisationId: $o, name: \"Alex\", role: \"Support worker\", startedOn: \"2024-01-01\", contractedHoursPerWeek: 30 }) { id } }", new { o = organisation }))["addStaffMember"]!["id"]!.GetValue<string>();
            match = (await client.DataAsync("mutation ($p: ID!, $s: ID!) { startMatch(input: { personId: $p, staffId: $s, stage: INDUCTION }) { id } }", new { p = person, s = staff }))["startMatch"]!["id"]!.GetValue<string>();
            await client.DataAsync("mutation ($m: ID!) { advanceMatch(input: { matchId: $m, to: MATCHED, note: \"Both said yes\" }) { id } }", new { m = match });
        }

        await using var second = new SupportGrainsApp(store);
        var data = await second.WithToken(token).DataAsync(
            "query ($o: ID!, $m: ID!) { organisation(id: $o) { name people { name team { members { staff { name } } } } } match(id: $m) { stage history { stage note } } }",
            new { o = organisation, m = match });

        Assert.Equal("Kept", data["organisation"]!["name"]!.GetValue<string>());
        Assert.Equal("Alex", data["organisation"]!["people"]![0]!["team"]!["members"]![0]!["staff"]!["name"]!.GetValue<string>());
        Assert.Equal("MATCHED", data["match"]!["stage"]!.GetValue<string>());
        Assert.Equal("Both said yes", data["match"]!["history"]![1]!["note"]!.GetValue<string>());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
