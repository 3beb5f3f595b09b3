using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Orleans;
using SupportGrains.Grains.Due;

namespace SupportGrains.Api.Tests.Access;

/// <summary>
/// Nobody reads or changes another organisation's records (issue 10). Every mutation asked by a
/// director of organisation B about organisation A's records is in <see cref="WhoMayChangeWhatTests"/>
/// and every record in <see cref="WhoMayReadWhatTests"/>; here: lists of organisations, an admin's
/// view, and changes that name a colleague of the asker's own organisation in another's records.
/// </summary>
public sealed class CrossOrganisationTests(AccessWorldFixture fixture) : IClassFixture<AccessWorldFixture>
{
    private const string Organisations = "{ organisations { id people { id } staff { id } teams { person { id } } } }";

    private AccessWorld World => fixture.World;

    [Fact]
    public async Task A_director_lists_only_their_own_organisation_and_its_records()
    {
        var theirs = (await World.OtherDirector.DataAsync(Organisations))["organisations"]!.AsArray();
        var ours = (await World.Director.DataAsync(Organisations))["organisations"]!.AsArray();

        var other = Assert.Single(theirs)!;
        Assert.Equal(World.OtherOrganisation, other["id"]!.GetValue<string>());
        Assert.Equal([World.Bea], other["people"]!.AsArray().Select(p => p!["id"]!.GetValue<string>()));
        Assert.Equal([World.BeasWorker], other["staff"]!.AsArray().Select(p => p!["id"]!.GetValue<string>()));
        Assert.Equal(World.Organisation, Assert.Single(ours)!["id"]!.GetValue<string>());
        Assert.DoesNotContain(World.Bea, ours.ToJsonString());
    }

    [Fact]
    public async Task Another_organisation_asked_for_by_id_is_refused_naming_it()
    {
        var (organisation, message) = await World.OtherDirector.ErrorAsync("query ($a: ID!) { organisation(id: $a) { name } }", new { a = World.Organisation });
        var (trail, _) = await World.OtherDirector.ErrorAsync("query ($a: ID!) { auditTrail(organisationId: $a) { entries { id } } }", new { a = World.Organisation });
        var stream = await SubscribeAsync(World.OtherDirector, World.Organisation);

        Assert.Equal(("FORBIDDEN", "FORBIDDEN"), (organisation, trail));
        Assert.Contains(World.Organisation, message);
        Assert.Contains("FORBIDDEN", stream);
        Assert.DoesNotContain("LEADER_CONTACT", stream);
    }

    [Fact]
    public async Task An_admin_sees_the_organisations_but_not_their_people()
    {
        var admin = World[Role.Admin].Client;

        var listed = (await admin.DataAsync("{ organisations { id name guidance { ceilingRed } } }"))["organisations"]!.AsArray().Select(o => o!["id"]!.GetValue<string>()).ToList();
        var refusals = new List<(string Code, string Message)>
        {
            await admin.ErrorAsync("query ($a: ID!) { organisation(id: $a) { people { id } } }", new { a = World.Organisation }),
            await admin.ErrorAsync("query ($a: ID!) { organisation(id: $a) { staff { id } } }", new { a = World.Organisation }),
            await admin.ErrorAsync("query ($a: ID!) { organisation(id: $a) { teams { person { id } } } }", new { a = World.Organisation }),
            await admin.ErrorAsync("{ organisations { people { id } } }"),
            await admin.ErrorAsync("query ($p: ID!) { person(id: $p) { name } }", new { p = World.Sam }),
            await admin.ErrorAsync("query ($s: ID!) { staffMember(id: $s) { name } }", new { s = World.Wren }),
        };

        Assert.Contains(World.Organisation, listed);
        Assert.Contains(World.OtherOrganisation, listed);
        Assert.All(refusals, r => Assert.Equal("FORBIDDEN", r.Code));
        Assert.Contains(World.Organisation, refusals[0].Message);
        Assert.Contains(World.Sam, refusals[4].Message);
    }

    [Fact]
    public async Task An_admin_who_directs_one_organisation_reads_its_people_and_not_anothers()
    {
        var ours = await World.Builder.DataAsync("query ($a: ID!) { organisation(id: $a) { people { id } } }", new { a = World.Organisation });
        var theirs = await World.Builder.DataAsync("query ($b: ID!) { organisation(id: $b) { name } }", new { b = World.OtherOrganisation });
        var (people, message) = await World.Builder.ErrorAsync("query ($b: ID!) { organisation(id: $b) { people { id } } }", new { b = World.OtherOrganisation });
        var (bea, _) = await World.Builder.ErrorAsync("query ($p: ID!) { person(id: $p) { name } }", new { p = World.Bea });

        Assert.Contains(ours["organisation"]!["people"]!.AsArray(), p => p!["id"]!.GetValue<string>() == World.Sam);
        Assert.Equal("Organisation B", theirs["organisation"]!["name"]!.GetValue<string>());
        Assert.Equal(("FORBIDDEN", "FORBIDDEN"), (people, bea));
        Assert.Contains(World.OtherOrganisation, message);
    }

    [Fact]
    public async Task A_director_may_not_put_a_colleague_of_their_own_into_another_organisations_rota()
    {
        // Wren offers a shift of Sam's team to anyone; organisation B's director tries it with B's own colleague, Bo.
        var (person, _) = await World.TeamAsync();
        var day = World.ShiftDay();
        var shift = await World.ShiftAsync(person, day, World.Wren);
        var swap = (await World.Builder.DataAsync("mutation ($s: ID!, $by: ID!) { proposeShiftSwap(input: { shiftId: $s, proposedBy: $by }) { id } }", new { s = shift, by = World.Wren }))
            ["proposeShiftSwap"]!["id"]!.GetValue<string>();
        var rota = await RotaAsync(person, day);

        var attempts = new[]
        {
            await World.OtherDirector.ErrorAsync("mutation ($w: ID!, $by: ID!) { acceptShiftSwap(input: { swapId: $w, acceptedBy: $by }) { id } }", new { w = swap, by = World.BeasWorker }),
            await World.OtherDirector.ErrorAsync("mutation ($w: ID!, $by: ID!) { withdrawShiftSwap(input: { swapId: $w, by: $by }) { id } }", new { w = swap, by = World.BeasWorker }),
            await World.OtherDirector.ErrorAsync("mutation ($s: ID!, $by: ID!) { proposeShiftSwap(input: { shiftId: $s, proposedBy: $by }) { id } }", new { s = shift, by = World.BeasWorker }),
        };

        Assert.All(attempts, a => Assert.Equal("FORBIDDEN", a.Code));

        // The refusal says nothing of organisation A's team: no name of anyone in it.
        Assert.All(attempts, a => Assert.DoesNotContain("Wren", a.Message));
        Assert.Equal(rota, await RotaAsync(person, day));
    }

    [Fact]
    public async Task Another_organisations_due_items_cannot_be_marked_done_and_whether_one_exists_is_not_told()
    {
        await World.TeamAsync();
        await World.App.Services.GetRequiredService<IGrainFactory>().GetGrain<IDueGrain>(World.Organisation).RecordDueAsync();
        var recorded = "query ($a: ID!) { organisation(id: $a) { recordedDue(includeDone: true) { item { id } done } } }";
        var before = (await World.Director.DataAsync(recorded, new { a = World.Organisation })).ToJsonString();
        var item = JsonNode.Parse(before)!["organisation"]!["recordedDue"]![0]!["item"]!["id"]!.GetValue<string>();
        const string Mark = "mutation ($a: ID!, $d: ID!, $s: ID!) { markDueDone(input: { organisationId: $a, dueId: $d, staffId: $s }) { done } }";

        var real = await World.OtherDirector.ErrorAsync(Mark, new { a = World.Organisation, d = item, s = World.BeasWorker });
        var made = await World.OtherDirector.ErrorAsync(Mark, new { a = World.Organisation, d = "REVIEW/m9-p-nobody/2026-01-01", s = World.BeasWorker });
        var fromA = await World[Role.StaffInTheTeam].Client.ErrorAsync(Mark, new { a = World.OtherOrganisation, d = "REVIEW/m9-p-nobody/2026-01-01", s = World.Wren });

        Assert.Equal(("FORBIDDEN", "FORBIDDEN", "FORBIDDEN"), (real.Code, made.Code, fromA.Code));
        Assert.Equal(real.Message.Replace(item, "", StringComparison.Ordinal), made.Message.Replace("REVIEW/m9-p-nobody/2026-01-01", "", StringComparison.Ordinal));
        Assert.Equal(before, (await World.Director.DataAsync(recorded, new { a = World.Organisation })).ToJsonString());
    }

    private async Task<string> RotaAsync(string person, string day) =>
        (await World.Director.DataAsync("query ($p: ID!, $d: Date) { person(id: $p) { team { members { staff { id } } rota(week: $d) { shifts { colleague { id } } swaps { status } } } } }",
            new { p = person, d = day })).ToJsonString();

    /// <summary>The dueRecorded subscription's stream as far as it comes in a few seconds (a refusal ends it at once).</summary>
    private static async Task<string> SubscribeAsync(GraphQLClient client, string organisation)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query = "subscription ($id: ID!) { dueRecorded(organisationId: $id) { item { kind } } }", variables = new { id = organisation } }),
        };
        request.Headers.Accept.Add(new("text/event-stream"));
        using var response = await client.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));
        return await reader.ReadToEndAsync(timeout.Token);
    }
}
