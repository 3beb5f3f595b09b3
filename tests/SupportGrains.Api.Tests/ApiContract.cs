using System.Text.Json.Nodes;

namespace SupportGrains.Api.Tests;

/// <summary>
/// Every mutation and the main queries, end to end over GraphQL over HTTP, on the store of the
/// fixture (SQLite and PostgreSQL run the same tests). "Today" is 2026-11-24. Each test signs in
/// with a new admin account, which becomes the director of the organisation the test creates.
/// </summary>
public abstract partial class ApiContract<TFixture>(TFixture fixture) : IAsyncLifetime
    where TFixture : StoreFixture
{
    private GraphQLClient? _client;

    protected GraphQLClient Client => _client ?? throw new InvalidOperationException("The test has not signed in.");

    public async Task InitializeAsync() => _client = await fixture.App.AdminAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    protected TFixture Fixture => fixture;

    protected async Task<string> OrganisationAsync(string startedOn = "2023-01-10", int fundedPosts = 10)
    {
        var data = await Client.DataAsync(
            "mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }",
            new { input = new { name = "Test organisation " + Guid.NewGuid().ToString("N")[..6], startedOn, fundedPosts } });
        return data["createOrganisation"]!["id"]!.GetValue<string>();
    }

    protected async Task<string> PersonAsync(string organisationId, string name = "Sam", string started = "2024-02-01", double funded = 40, string? overrideReason = null)
    {
        var data = await Client.DataAsync(
            "mutation ($input: AddPersonInput!) { addPerson(input: $input) { id } }",
            new { input = new { organisationId, name, supportStartedOn = started, fundedHoursPerWeek = funded, overrideReason } });
        return data["addPerson"]!["id"]!.GetValue<string>();
    }

    protected async Task<string> StaffAsync(string organisationId, string name = "Alex", bool isLeader = false, string contract = "PERMANENT", string started = "2024-01-01")
    {
        var data = await Client.DataAsync(
            "mutation ($input: AddStaffMemberInput!) { addStaffMember(input: $input) { id } }",
            new { input = new { organisationId, name, role = isLeader ? "Team leader" : "Support worker", isLeader, contract, startedOn = started, contractedHoursPerWeek = 30.0 } });
        return data["addStaffMember"]!["id"]!.GetValue<string>();
    }

    protected async Task<string> MatchAsync(string personId, string staffId, string stage = "INTERESTED")
    {
        var data = await Client.DataAsync(
            "mutation ($input: StartMatchInput!) { startMatch(input: $input) { id stage } }",
            new { input = new { personId, staffId, stage } });
        Assert.Equal(stage, data["startMatch"]!["stage"]!.GetValue<string>());
        return data["startMatch"]!["id"]!.GetValue<string>();
    }

    protected async Task<JsonNode> AdvanceAsync(string matchId, string to) =>
        (await Client.DataAsync("mutation ($input: AdvanceMatchInput!) { advanceMatch(input: $input) { id stage history { stage note } } }",
            new { input = new { matchId, to } }))["advanceMatch"]!;

    protected Task<JsonNode> SizeCheckAsync(string organisationId, int adding = 0, string? asOf = null) =>
        Client.DataAsync("query ($id: ID!, $adding: Int, $asOf: Date) { organisation(id: $id) { sizeCheck(adding: $adding, asOf: $asOf) { status peopleSupported adding inFirstYear findings { code status message limit actual people { id } staff { id } } } } }",
            new { id = organisationId, adding, asOf });

    protected static IEnumerable<string> Codes(JsonNode check) =>
        check["organisation"]!["sizeCheck"]!["findings"]!.AsArray().Select(f => f!["code"]!.GetValue<string>());
}
