using System.Text.Json.Nodes;
using Microsoft.Playwright;
using SupportGrains.Api.Accounts;
using SupportGrains.Grains.Sample;

namespace SupportGrains.Api.Tests.Components;

/// <summary>
/// Changing Sam's relationship circle on his page in a real browser, as the leader of his team on
/// a phone: someone added, moved a ring closer, made a friend rather than community, and removed
/// after confirming; each change read back over the GraphQL API, seen at once by a director with
/// the page open elsewhere, and audited as the mutation that makes it. The test puts the circle
/// back as it was, so the other browser tests see the sample unchanged.
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed class CircleEditingPageTests(WebAppFixture web)
{
    private const string SamsPage = $"/people/{SampleOrganisation.SamId}";
    private const string Name = "Aunt Pat from the choir";

    [Fact]
    public async Task A_leader_adds_someone_to_sams_circle_moves_them_a_ring_closer_edits_them_and_removes_them()
    {
        var leader = await web.ApiAsync(DemoAccounts.Leader);
        var before = await CircleAsync(leader);
        var page = await web.SignInAsync(DemoAccounts.Leader, SamsPage, Viewport.Phone);
        var director = await web.SignInAsync(DemoAccounts.Director, SamsPage, Viewport.Desktop);
        try
        {
            // Add: name, kind and ring.
            await page.Locator("#circle-add-name").FillAsync(Name);
            await PickAsync(page, "circle-add-kind", "Community");
            await PickAsync(page, "circle-add-ring", "Ring 4: known well");
            await page.Locator("[data-testid=circle-add]").TapAsync();

            await Expect(page.Locator("[data-testid=circle-saved]")).ToHaveTextAsync($"Added {Name} to ring 4.");
            await Expect(page.Locator("[data-testid=ring-4]")).ToContainTextAsync($"{Name} · community · known well");
            await Expect(director.Locator("[data-testid=ring-4]")).ToContainTextAsync(Name);
            var added = Assert.Single(await CircleAsync(leader), r => r["name"]!.GetValue<string>() == Name);
            Assert.Equal(("COMMUNITY", 4), (added["kind"]!.GetValue<string>(), added["closeness"]!.GetValue<int>()));
            Assert.Equal(before.Count + 1, (await CircleAsync(leader)).Count);
            var id = added["id"]!.GetValue<string>();
            var row = page.Locator($"[data-testid=circle-person-{id}]");
            Assert.Empty(await WebAppFixture.SeriousViolationsAsync(page));

            // One ring closer.
            await row.Locator("[data-testid=move-in]").TapAsync();

            await Expect(page.Locator("[data-testid=circle-saved]")).ToHaveTextAsync($"Moved {Name} to ring 3: close.");
            await Expect(page.Locator($"[data-testid=ring-3] [data-testid=circle-person-{id}]")).ToContainTextAsync($"{Name} · community · close");
            await Expect(page.Locator("[data-testid=ring-4]")).Not.ToContainTextAsync(Name);
            await Expect(director.Locator("[data-testid=ring-3]")).ToContainTextAsync(Name);
            Assert.Equal(3, (await RelationshipAsync(leader, id))!["closeness"]!.GetValue<int>());

            // Another kind of relationship, through the details' form.
            await row.Locator("[data-testid=edit-relationship]").TapAsync();
            await Expect(row.Locator($"#circle-name-{id}")).ToHaveValueAsync(Name);
            await PickAsync(page, "relationship-kind", "Friend");
            await row.Locator("[data-testid=save-relationship]").TapAsync();

            await Expect(page.Locator("[data-testid=circle-saved]")).ToHaveTextAsync($"Saved: {Name}, friend.");
            await Expect(row).ToContainTextAsync($"{Name} · friend · close");
            Assert.Equal("FRIEND", (await RelationshipAsync(leader, id))!["kind"]!.GetValue<string>());

            // Remove, once confirmed.
            await row.Locator("[data-testid=remove-relationship]").TapAsync();
            await row.Locator($"#circle-reason-{id}").FillAsync("Only met at the choir's concert");
            Assert.Empty(await WebAppFixture.SeriousViolationsAsync(page));
            Assert.NotNull(await RelationshipAsync(leader, id));
            await row.Locator("[data-testid=confirm-remove]").TapAsync();

            await Expect(page.Locator("[data-testid=circle-saved]")).ToHaveTextAsync($"Removed {Name} from the circle.");
            await Expect(InCircle(page)).ToHaveCountAsync(0);
            await Expect(InCircle(director)).ToHaveCountAsync(0);
            await Expect(page.Locator("[data-testid=circle-rings]")).Not.ToContainTextAsync("Aunt");
            Assert.Null(await RelationshipAsync(leader, id));
            Assert.Equal(Names(before), Names(await CircleAsync(leader)));
            var history = (await leader.DataAsync("query ($id: ID!) { person(id: $id) { history { description } } }", new { id = SampleOrganisation.SamId }))["person"]!["history"]!.AsArray();
            Assert.Equal($"Removed {Name} (friend, ring 3): Only met at the choir's concert", history[^1]!["description"]!.GetValue<string>());
            // The fixture's clock stands still, so the trail's order says nothing here: the entries are found by what they name.
            var audit = (await (await web.ApiAsync(DemoAccounts.Director)).DataAsync(
                "query ($o: ID!, $p: ID) { auditTrail(organisationId: $o, personId: $p, first: 200) { entries { operation username outcome input } } }",
                new { o = SampleOrganisation.DefaultId, p = SampleOrganisation.SamId }))["auditTrail"]!["entries"]!.AsArray()
                .Where(e => e!["input"]?.GetValue<string>() is { } input && (input.Contains(Name, StringComparison.Ordinal) || input.Contains($"\"{id}\"", StringComparison.Ordinal)));
            Assert.Equal(["addRelationship by leader: APPLIED", "changeRelationship by leader: APPLIED", "changeRelationship by leader: APPLIED", "removeRelationship by leader: APPLIED"],
                audit.Select(e => $"{e!["operation"]!.GetValue<string>()} by {e["username"]!.GetValue<string>()}: {e["outcome"]!.GetValue<string>()}").Order(StringComparer.Ordinal));
            Assert.Empty(web.Refused);
        }
        finally
        {
            // Put the circle back if the test stopped half-way.
            foreach (var left in (await CircleAsync(leader)).Where(r => r["name"]!.GetValue<string>() == Name))
            {
                await leader.DataAsync("mutation ($p: ID!, $r: ID!) { removeRelationship(input: { personId: $p, relationshipId: $r }) { id } }",
                    new { p = SampleOrganisation.SamId, r = left["id"]!.GetValue<string>() });
            }

            await page.Context.CloseAsync();
            await director.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task A_support_worker_on_sams_page_gets_no_control_of_the_circle()
    {
        var page = await web.SignInAsync(DemoAccounts.Staff, SamsPage, Viewport.Phone);

        await Expect(page.Locator("[data-testid=circle-hidden]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=circle-add-form]")).ToHaveCountAsync(0);
        await Expect(page.Locator("[data-testid=move-in], [data-testid=move-out], [data-testid=remove-relationship]")).ToHaveCountAsync(0);
        var (code, _) = await (await web.ApiAsync(DemoAccounts.Staff)).ErrorAsync(
            "mutation ($p: ID!) { addRelationship(input: { personId: $p, name: \"Aunt Pat\", kind: FAMILY, closeness: 2 }) { id } }", new { p = SampleOrganisation.SamId });
        Assert.Equal("FORBIDDEN", code);
        await page.Context.CloseAsync();
    }

    private static async Task<List<JsonNode>> CircleAsync(GraphQLClient client) =>
        [.. (await client.DataAsync("query ($id: ID!) { person(id: $id) { relationships { id name kind closeness } } }", new { id = SampleOrganisation.SamId }))
            ["person"]!["relationships"]!.AsArray().Select(r => r!)];

    private static async Task<JsonNode?> RelationshipAsync(GraphQLClient client, string id) =>
        (await CircleAsync(client)).SingleOrDefault(r => r["id"]!.GetValue<string>() == id);

    // The people listed in the circle by this name.
    private static ILocator InCircle(IPage page) => page.Locator("[data-testid^=circle-person-]").Filter(new() { HasTextString = Name });

    private static List<string> Names(IEnumerable<JsonNode> circle) => [.. circle.Select(r => r["name"]!.GetValue<string>()).Order(StringComparer.Ordinal)];

    // Opens a MudSelect and taps the option with this text.
    private static async Task PickAsync(IPage page, string testId, string option)
    {
        await page.Locator($"[data-testid={testId}]").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasTextString = option }).First.ClickAsync();
        await Expect(page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
