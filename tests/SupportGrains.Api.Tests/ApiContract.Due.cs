using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Orleans;
using SupportGrains.Grains.Due;

namespace SupportGrains.Api.Tests;

public abstract partial class ApiContract<TFixture>
{
    [Fact]
    public async Task What_is_due_is_listed_nearest_first_for_the_organisation_and_for_each_colleague()
    {
        var (organisation, leader, alex, _) = await DueOrganisationAsync();

        var data = await Client.DataAsync(
            """
            query ($id: ID!, $alex: ID!) {
              due(organisationId: $id) { id kind dueOn overdueFrom overdue person { name } staff { name } match { id } message }
              organisation(id: $id) { due(within: 30) { kind dueOn } }
              staffMember(id: $alex) { due(within: 30) { kind staff { id } } }
            }
            """,
            new { id = organisation, alex });

        var week = data["due"]!.AsArray();
        Assert.Equal(["RETURN_TO_WORK", "LEADER_CONTACT"], week.Select(i => i!["kind"]!.GetValue<string>()));
        Assert.Equal(["2026-11-24", "2026-12-01"], week.Select(i => i!["dueOn"]!.GetValue<string>()));
        Assert.Equal("2026-11-25", week[0]!["overdueFrom"]!.GetValue<string>());
        Assert.False(week[0]!["overdue"]!.GetValue<bool>());
        Assert.Equal("A return-to-work conversation with Alex is due on 2026-11-24: off sick from 2026-11-20 to 2026-11-23.", week[0]!["message"]!.GetValue<string>());
        Assert.Equal(("Sam", "Chloe"), (week[1]!["person"]!["name"]!.GetValue<string>(), week[1]!["staff"]!["name"]!.GetValue<string>()));
        Assert.Null(week[1]!["match"]);
        Assert.Equal(["RETURN_TO_WORK", "LEADER_CONTACT", "REVIEW"], data["organisation"]!["due"]!.AsArray().Select(i => i!["kind"]!.GetValue<string>()));
        Assert.Equal(["RETURN_TO_WORK", "REVIEW"], data["staffMember"]!["due"]!.AsArray().Select(i => i!["kind"]!.GetValue<string>()));
        Assert.All(data["staffMember"]!["due"]!.AsArray(), i => Assert.Equal(alex, i!["staff"]!["id"]!.GetValue<string>()));
        Assert.NotEqual(leader, alex);
    }

    [Fact]
    public async Task A_window_that_is_not_a_number_of_days_ahead_and_another_organisation_are_refused()
    {
        var organisation = await OrganisationAsync();

        var (negative, message) = await Client.ErrorAsync("query ($id: ID!) { organisation(id: $id) { due(within: -1) { id } } }", new { id = organisation });
        var (unknown, refusal) = await Client.ErrorAsync("{ due(organisationId: \"org-none\") { id } }");

        Assert.Equal("INVALID_INPUT", negative);
        Assert.Contains("within", message);

        // Another organisation's records, existing or not, are refused alike: nothing says whether it exists.
        Assert.Equal("FORBIDDEN", unknown);
        Assert.Contains("org-none", refusal);
    }

    [Fact]
    public async Task What_has_fallen_due_is_recorded_once_and_a_colleague_can_mark_it_done()
    {
        var (organisation, leader, alex, _) = await DueOrganisationAsync();
        await RecordDueAsync(organisation);
        await RecordDueAsync(organisation);

        var recorded = await Client.DataAsync("query ($id: ID!) { organisation(id: $id) { recordedDue { item { id kind staff { id } } recordedOn done } } }", new { id = organisation });
        var item = Assert.Single(recorded["organisation"]!["recordedDue"]!.AsArray())!;
        var dueId = item["item"]!["id"]!.GetValue<string>();
        var done = await Client.DataAsync(
            "mutation ($input: MarkDueDoneInput!) { markDueDone(input: $input) { done doneBy { name } doneAt } }",
            new { input = new { organisationId = organisation, dueId, staffId = leader, clientMutationId = "done-1" } });
        var (missing, _) = await Client.ErrorAsync(
            "mutation ($input: MarkDueDoneInput!) { markDueDone(input: $input) { done } }",
            new { input = new { organisationId = organisation, dueId = "REVIEW/m9-p-none/2026-01-01", staffId = leader } });
        var after = await Client.DataAsync(
            "query ($id: ID!, $alex: ID!) { organisation(id: $id) { open: recordedDue { item { id } } all: recordedDue(includeDone: true) { done } due { kind } } staffMember(id: $alex) { due { kind } } }",
            new { id = organisation, alex });

        Assert.Equal(("RETURN_TO_WORK", alex, "2026-11-24", false),
            (item["item"]!["kind"]!.GetValue<string>(), item["item"]!["staff"]!["id"]!.GetValue<string>(), item["recordedOn"]!.GetValue<string>(), item["done"]!.GetValue<bool>()));
        Assert.Equal(("Chloe", true), (done["markDueDone"]!["doneBy"]!["name"]!.GetValue<string>(), done["markDueDone"]!["done"]!.GetValue<bool>()));
        Assert.Equal("NOT_FOUND", missing);
        Assert.Empty(after["organisation"]!["open"]!.AsArray());
        Assert.True(Assert.Single(after["organisation"]!["all"]!.AsArray())!["done"]!.GetValue<bool>());
        Assert.Equal(["LEADER_CONTACT"], after["organisation"]!["due"]!.AsArray().Select(i => i!["kind"]!.GetValue<string>()));
        Assert.Empty(after["staffMember"]!["due"]!.AsArray());
    }

    [Fact]
    public async Task What_is_recorded_as_due_arrives_on_the_dueRecorded_subscription()
    {
        var (organisation, _, alex, bo) = await DueOrganisationAsync();
        await RecordDueAsync(organisation);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new
            {
                query = "subscription ($id: ID!) { dueRecorded(organisationId: $id, since: \"2026-11-24\") { item { kind staff { id } } recordedOn } }",
                variables = new { id = organisation },
            }),
        };
        request.Headers.Accept.Add(new("text/event-stream"));
        using var response = await Client.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        using var events = new StreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));

        var earlier = await NextEventAsync(events, timeout.Token);
        await Client.DataAsync("mutation ($s: ID!) { setAvailability(input: { staffId: $s, status: OFF_SICK, from: \"2026-11-21\", until: \"2026-11-23\" }) { id } }", new { s = bo });
        await RecordDueAsync(organisation);
        var live = await NextEventAsync(events, timeout.Token);

        Assert.Equal(alex, earlier["dueRecorded"]!["item"]!["staff"]!["id"]!.GetValue<string>());
        Assert.Equal(("RETURN_TO_WORK", bo), (live["dueRecorded"]!["item"]!["kind"]!.GetValue<string>(), live["dueRecorded"]!["item"]!["staff"]!["id"]!.GetValue<string>()));
    }

    /// <summary>
    /// An organisation where, today (2026-11-24), a return-to-work conversation with Alex is due,
    /// Chloe (a leader) is due time with Sam on 2026-12-01, and Alex's match with Sam is due a review on 2026-12-22.
    /// </summary>
    private async Task<(string Organisation, string Leader, string Alex, string Bo)> DueOrganisationAsync()
    {
        var organisation = await OrganisationAsync();
        var sam = await PersonAsync(organisation);
        var leader = await StaffAsync(organisation, "Chloe", isLeader: true);
        var alex = await StaffAsync(organisation, "Alex");
        var bo = await StaffAsync(organisation, "Bo");
        await MatchAsync(sam, alex, "MATCHED");
        await Client.DataAsync("mutation ($s: ID!, $p: ID!) { recordKnows(input: { staffId: $s, personId: $p, lastTogetherOn: \"2026-11-01\" }) { id } }", new { s = leader, p = sam });
        await Client.DataAsync("mutation ($s: ID!) { setAvailability(input: { staffId: $s, status: OFF_SICK, from: \"2026-11-20\", until: \"2026-11-23\" }) { id } }", new { s = alex });
        return (organisation, leader, alex, bo);
    }

    /// <summary>What the daily reminder does, asked for now.</summary>
    private Task RecordDueAsync(string organisation) =>
        Fixture.App.Services.GetRequiredService<IGrainFactory>().GetGrain<IDueGrain>(organisation).RecordDueAsync();

    private static async Task<JsonNode> NextEventAsync(StreamReader events, CancellationToken cancellationToken)
    {
        while (await events.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.StartsWith("data: {", StringComparison.Ordinal))
            {
                var result = JsonNode.Parse(line["data: ".Length..])!;
                Assert.True(result["errors"] is null, "Unexpected errors: " + result["errors"]?.ToJsonString());
                return result["data"]!;
            }
        }

        throw new Xunit.Sdk.XunitException("The event stream ended before the next event.");
    }
}
