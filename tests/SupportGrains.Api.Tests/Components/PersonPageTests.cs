using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using SupportGrains.Api.Accounts;
using SupportGrains.Grains.Sample;

namespace SupportGrains.Api.Tests.Components;

/// <summary>
/// The Person page in a real browser: Sam's page as the leader of his team (the circle as rings
/// and as lists, the team with stages and hours, the profile edited a section at a time and put
/// back), as a support worker (no circle: the policy keeps it for leaders), and its print view.
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed class PersonPageTests(WebAppFixture web)
{
    private const string SamsPage = $"/people/{SampleOrganisation.SamId}";

    [Fact]
    public async Task The_person_page_shows_the_circle_as_rings_and_the_team_with_each_members_stage_and_hours()
    {
        var sam = await SamAsync(await web.ApiAsync(DemoAccounts.Leader));
        var page = await web.SignInAsync(DemoAccounts.Leader, SamsPage, Viewport.Desktop);

        await Expect(page.Locator("[data-testid=circle-rings] circle[data-ring]")).ToHaveCountAsync(5);
        var relationships = sam["relationships"]!.AsArray();
        Assert.NotEmpty(relationships);
        foreach (var relationship in relationships)
        {
            await Expect(page.Locator($"[data-testid=ring-{relationship!["closeness"]!.GetValue<int>()}]")).ToContainTextAsync(relationship["name"]!.GetValue<string>());
        }

        var members = sam["team"]!["members"]!.AsArray();
        Assert.NotEmpty(members);
        foreach (var member in members)
        {
            var row = page.Locator($"[data-testid=member-{member!["staff"]!["id"]!.GetValue<string>()}]");
            var stage = member["match"]!["stage"]!.GetValue<string>() == "MATCHED" ? "Matched" : "Induction";
            await Expect(row.Locator("[data-testid=member-stage]")).ToContainTextAsync($"{stage}, {Hours(member["hoursPerWeek"]!)} a week");
            await Expect(row.Locator("[data-testid=member-today]")).ToContainTextAsync("Today: ");
        }

        await Expect(page.Locator("[data-testid=funded-hours]")).ToHaveTextAsync(Hours(sam["team"]!["fundedHoursPerWeek"]!));
        await Expect(page.Locator("[data-testid=covered-hours]")).ToContainTextAsync(Hours(sam["team"]!["coveredHoursPerWeek"]!));
        await Expect(page.Locator("[data-testid=match-history] [data-testid=review]").First).ToContainTextAsync("Working: ");
    }

    [Fact]
    public async Task A_leader_edits_one_section_of_the_profile_and_it_is_saved()
    {
        var leader = await web.ApiAsync(DemoAccounts.Leader);
        var interests = (await SamAsync(leader))["profile"]!["interests"]!.AsArray().Select(i => i!.GetValue<string>()).ToList();
        var page = await web.SignInAsync(DemoAccounts.Leader, SamsPage, Viewport.Phone);

        await page.Locator("[data-testid=edit-Interests]").TapAsync();
        var box = page.Locator("#profile-Interests");
        await box.FillAsync(string.Join('\n', [.. interests, "Bird watching at the reservoir"]));
        await page.Locator("[data-testid=save-Interests]").TapAsync();

        await Expect(page.Locator("[data-testid=section-Interests]")).ToContainTextAsync("Bird watching at the reservoir");
        Assert.Equal([.. interests, "Bird watching at the reservoir"], (await SamAsync(leader))["profile"]!["interests"]!.AsArray().Select(i => i!.GetValue<string>()));

        await leader.DataAsync("mutation ($p: ID!, $items: [String!]!) { setProfileSection(input: { personId: $p, section: INTERESTS, items: $items }) { id } }",
            new { p = SampleOrganisation.SamId, items = interests });
        await Expect(page.Locator("[data-testid=section-Interests]")).Not.ToContainTextAsync("Bird watching at the reservoir");
    }

    [Fact]
    public async Task A_support_worker_sees_sams_page_without_his_circle_or_anything_to_edit()
    {
        var page = await web.SignInAsync(DemoAccounts.Staff, SamsPage, Viewport.Phone);

        await Expect(page.Locator("[data-testid=circle-hidden]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=circle-rings]")).ToHaveCountAsync(0);
        await Expect(page.Locator("[data-testid^=edit-]")).ToHaveCountAsync(0);
        var (code, _) = await (await web.ApiAsync(DemoAccounts.Staff)).ErrorAsync("query ($id: ID!) { person(id: $id) { relationships { name } } }", new { id = SampleOrganisation.SamId });
        Assert.Equal("FORBIDDEN", code);
    }

    [Fact]
    public async Task The_print_view_has_the_one_page_profile_and_no_navigation()
    {
        var sam = await SamAsync(await web.ApiAsync(DemoAccounts.Leader));
        var profile = sam["profile"]!;
        var page = await web.SignInAsync(DemoAccounts.Leader, SamsPage + "/print", Viewport.Desktop);

        await Expect(page.Locator("main h1")).ToHaveTextAsync(sam["name"]!.GetValue<string>());
        await Expect(page.Locator("nav")).ToHaveCountAsync(0);
        await Expect(page.Locator(".mud-appbar")).ToHaveCountAsync(0);
        foreach (var item in profile["importantToMe"]!.AsArray().Concat(profile["howToSupportMe"]!.AsArray()))
        {
            await Expect(page.Locator("[data-testid=print-profile]")).ToContainTextAsync(item!.GetValue<string>());
        }

        Assert.Empty(await WebAppFixture.SeriousViolationsAsync(page));
    }

    private static async Task<JsonNode> SamAsync(GraphQLClient client) =>
        (await client.DataAsync("query ($id: ID!) { person(id: $id) { name profile { importantToMe howToSupportMe interests } relationships { name closeness } team { fundedHoursPerWeek coveredHoursPerWeek members { hoursPerWeek staff { id } match { stage } } } } }",
            new { id = SampleOrganisation.SamId }))["person"]!;

    private static string Hours(JsonNode hours) => hours.GetValue<double>().ToString("0.#", CultureInfo.InvariantCulture) + " h";

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
