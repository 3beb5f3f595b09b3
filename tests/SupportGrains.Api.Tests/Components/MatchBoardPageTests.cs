using System.Text.Json.Nodes;
using Microsoft.Playwright;
using SupportGrains.Api.Accounts;
using SupportGrains.Grains.Sample;

namespace SupportGrains.Api.Tests.Components;

/// <summary>
/// The match board in a real browser, as the demo team leader (who leads Sam's team). Each test
/// works on a match of its own, with a candidate the director adds for it, and ends that match
/// when it is done; a shadow shift recorded on Sam's colleague at induction is cancelled again, so
/// the other browser tests see the sample as it was (an ended match of a candidate aside).
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed class MatchBoardPageTests(WebAppFixture web)
{
    private const string Today = "2026-11-24";

    [Fact]
    public async Task A_team_leader_advances_a_match_records_a_shadow_shift_and_a_review_and_ends_it_on_the_board()
    {
        var leader = await web.ApiAsync(DemoAccounts.Leader);
        var matchId = await StartCandidateMatchAsync(leader, "INTERESTED");
        var page = await web.SignInAsync(DemoAccounts.Leader, $"/matches?person={SampleOrganisation.SamId}", Viewport.Desktop);
        var card = page.Locator($"[data-testid=match-{matchId}]");

        // Advance: interested → applied, on the page and in the store.
        await Expect(page.Locator($"[data-testid=stage-Interested] [data-testid=match-{matchId}]")).ToBeVisibleAsync();
        await card.Locator("[data-testid=advance]").ClickAsync();
        await Expect(page.Locator($"[data-testid=stage-Applied] [data-testid=match-{matchId}]")).ToContainTextAsync("Applied since Tue 24 Nov");
        Assert.Equal("APPLIED", (await MatchAsync(leader, matchId))["stage"]!.GetValue<string>());

        // A review: what is working, what is not, what to do.
        await card.Locator("[data-testid=open-review]").ClickAsync();
        await page.Locator($"#review-working-{matchId}").FillAsync("Sam laughed at his jokes on the walk");
        await page.Locator($"#review-not-working-{matchId}").FillAsync("Mornings felt rushed");
        await page.Locator($"#review-actions-{matchId}").FillAsync("Meet again after lunch");
        await card.Locator("[data-testid=save-review]").ClickAsync();
        await Expect(card.Locator("[data-testid=latest-review]")).ToContainTextAsync("working: Sam laughed at his jokes on the walk; not working: Mornings felt rushed; actions: Meet again after lunch");
        var review = (await MatchAsync(leader, matchId))["reviews"]!.AsArray().Single()!;
        Assert.Equal(Today, review["on"]!.GetValue<string>());
        Assert.Equal("STAFF", review["perspective"]!.GetValue<string>());
        Assert.Equal("Mornings felt rushed", review["notWorking"]![0]!.GetValue<string>());

        // A shadow shift for Sam's colleague at induction (which began today, when the sample was loaded), alongside a matched colleague.
        var sam = await SamAsync(leader);
        var induction = sam["matches"]!.AsArray().First(m => m!["stage"]!.GetValue<string>() == "INDUCTION")!;
        var inductionId = induction["id"]!.GetValue<string>();
        var before = induction["shadowShifts"]!.GetValue<int>();
        var alongside = sam["matches"]!.AsArray().First(m => m!["stage"]!.GetValue<string>() == "MATCHED")!["staff"]!;
        var alongsideName = alongside["name"]!.GetValue<string>();
        var inductionCard = page.Locator($"[data-testid=match-{inductionId}]");
        await inductionCard.Locator("[data-testid=open-shadow]").ClickAsync();
        var day = page.Locator($"#shadow-on-{inductionId}");
        await day.FillAsync(Today);
        await day.PressAsync("Tab");
        await inductionCard.GetByRole(AriaRole.Radio, new() { Name = alongsideName, Exact = true }).CheckAsync();
        await inductionCard.Locator("[data-testid=save-shadow]").ClickAsync();
        await Expect(inductionCard.Locator("[data-testid=shadow-shifts]")).ToContainTextAsync($"{before + 1} shadow shift");
        await Expect(inductionCard.Locator("[data-testid=shadow-shifts]")).ToContainTextAsync($"the latest on Tue 24 Nov with {alongsideName}");
        var saved = await MatchAsync(leader, inductionId);
        Assert.Equal(before + 1, saved["shadowShifts"]!.GetValue<int>());
        var entry = saved["shadowShiftEntries"]!.AsArray().Last()!;
        Assert.Equal(Today, entry["on"]!.GetValue<string>());
        Assert.Equal(alongside["id"]!.GetValue<string>(), entry["with"]!["id"]!.GetValue<string>());

        // Ending the match with a reason moves it to the ENDED column.
        await card.Locator("[data-testid=open-end]").ClickAsync();
        await page.Locator($"#end-reason-{matchId}").FillAsync("They found work nearer home");
        await card.Locator("[data-testid=save-end]").ClickAsync();
        await Expect(page.Locator($"[data-testid=stage-Ended] [data-testid=match-{matchId}]")).ToContainTextAsync("They found work nearer home");
        Assert.Equal("ENDED", (await MatchAsync(leader, matchId))["stage"]!.GetValue<string>());
        Assert.Empty(await WebAppFixture.SeriousViolationsAsync(page));

        // Put back: the shadow shift cancelled (its entry is kept; the count is as it was).
        await leader.DataAsync("mutation ($m: ID!, $n: Int!) { correctShadowShift(input: { matchId: $m, number: $n, cancelled: true }) { shadowShifts } }",
            new { m = inductionId, n = entry["number"]!.GetValue<int>() });
        Assert.Equal(before, (await MatchAsync(leader, inductionId))["shadowShifts"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_refused_move_is_explained_beside_its_control_and_what_was_typed_stays()
    {
        var leader = await web.ApiAsync(DemoAccounts.Leader);
        var matchId = await StartCandidateMatchAsync(leader, "OFFERED");
        var page = await web.SignInAsync(DemoAccounts.Leader, $"/matches?person={SampleOrganisation.SamId}", Viewport.Phone);
        var card = page.Locator($"[data-testid=match-{matchId}]");

        // A candidate cannot reach induction before they start employment: the domain says so beside the button.
        await card.Locator("[data-testid=advance]").TapAsync();
        await Expect(page.Locator($"#advance-refusal-{matchId}")).ToContainTextAsync("is a candidate: record that they start employment");
        await Expect(card.Locator("[data-testid=advance]")).ToHaveAttributeAsync("aria-describedby", $"advance-refusal-{matchId}");
        await Expect(card.Locator("[data-testid=match-stage]")).ToContainTextAsync("Offered");

        // A review dated after today is refused; the date and the words typed stay as they were.
        await card.Locator("[data-testid=open-review]").TapAsync();
        var on = page.Locator($"#review-on-{matchId}");
        await on.FillAsync("2026-12-01");
        await on.PressAsync("Tab");
        await page.Locator($"#review-working-{matchId}").FillAsync("Easy conversation about football");
        await card.Locator("[data-testid=save-review]").TapAsync();
        await Expect(page.Locator($"#review-refusal-{matchId}")).ToContainTextAsync("on 2026-12-01 is after today (2026-11-24)");
        await Expect(on).ToHaveValueAsync("2026-12-01");
        await Expect(page.Locator($"#review-working-{matchId}")).ToHaveValueAsync("Easy conversation about football");
        Assert.Empty(await WebAppFixture.SeriousViolationsAsync(page));

        var match = await MatchAsync(leader, matchId);
        Assert.Equal("OFFERED", match["stage"]!.GetValue<string>());
        Assert.Empty(match["reviews"]!.AsArray());
        await leader.DataAsync("mutation ($m: ID!) { endMatch(input: { matchId: $m, reason: \"Test over\" }) { stage } }", new { m = matchId });
    }

    [Fact]
    public async Task A_staff_member_is_not_offered_a_leaders_controls_and_the_api_refuses_them_the_same_move()
    {
        var page = await web.SignInAsync(DemoAccounts.Staff, "/me", Viewport.Phone);
        await Expect(page.Locator("nav a[href='/matches']")).ToHaveCountAsync(0);
        await Expect(page.Locator("nav a[href='/rota']")).ToHaveCountAsync(0);

        // Opened by its address anyway: Sam's matches are there to read, with nothing to change them.
        await web.OpenAsync(page, $"/matches?person={SampleOrganisation.SamId}");
        await Expect(page.Locator("[data-testid^=match-]").First).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=advance]")).ToHaveCountAsync(0);
        await Expect(page.Locator("[data-testid=open-review]")).ToHaveCountAsync(0);
        await web.OpenAsync(page, $"/rota?person={SampleOrganisation.SamId}");
        await Expect(page.Locator("[data-testid^=shift-]").First).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid^=assign-]")).ToHaveCountAsync(0);

        var staff = await web.ApiAsync(DemoAccounts.Staff);
        var matchId = (await staff.DataAsync("query ($id: ID!) { person(id: $id) { matches { id stage } } }", new { id = SampleOrganisation.SamId }))["person"]!["matches"]!.AsArray().First(m => m!["stage"]!.GetValue<string>() != "MATCHED")!["id"]!.GetValue<string>();
        var (code, message) = await staff.ErrorAsync("mutation ($m: ID!) { advanceMatch(input: { matchId: $m, to: MATCHED }) { stage } }", new { m = matchId });
        Assert.Equal("FORBIDDEN", code);
        Assert.Contains("is for the leaders of their team and directors", message);
    }

    /// <summary>A match of Sam's with a new candidate (added by the director) at a stage; its id.</summary>
    private async Task<string> StartCandidateMatchAsync(GraphQLClient leader, string stage)
    {
        var director = await web.ApiAsync(DemoAccounts.Director);
        var organisation = (await director.DataAsync("{ me { organisationId } }"))["me"]!["organisationId"]!.GetValue<string>();
        var candidate = (await director.DataAsync("mutation ($o: ID!, $n: String!) { addCandidate(input: { organisationId: $o, name: $n }) { id } }",
            new { o = organisation, n = $"Robin {Guid.NewGuid().ToString("N")[..6]}" }))["addCandidate"]!["id"]!.GetValue<string>();
        return (await leader.DataAsync("mutation ($p: ID!, $s: ID!, $stage: MatchStage!) { startMatch(input: { personId: $p, staffId: $s, stage: $stage }) { id } }",
            new { p = SampleOrganisation.SamId, s = candidate, stage }))["startMatch"]!["id"]!.GetValue<string>();
    }

    private static async Task<JsonNode> MatchAsync(GraphQLClient client, string id) =>
        (await client.DataAsync("query ($id: ID!) { match(id: $id) { stage shadowShifts shadowShiftEntries { number on with { id } } reviews { on perspective working notWorking actions } } }", new { id }))["match"]!;

    private static async Task<JsonNode> SamAsync(GraphQLClient client) =>
        (await client.DataAsync("query ($id: ID!) { person(id: $id) { matches { id stage shadowShifts staff { id name } } } }", new { id = SampleOrganisation.SamId }))["person"]!;

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
