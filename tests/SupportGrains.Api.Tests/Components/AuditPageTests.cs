using Microsoft.Playwright;
using SupportGrains.Api.Accounts;
using SupportGrains.Grains.Sample;

namespace SupportGrains.Api.Tests.Components;

/// <summary>The Audit page in a real browser, as the demo director: a change just made over the API, who made it and what it changed, and the filters.</summary>
[Collection(WebAppCollection.Name)]
public sealed class AuditPageTests(WebAppFixture web)
{
    private const string Organisation = SampleOrganisation.DefaultId;

    [Fact]
    public async Task The_trail_shows_a_change_just_made_with_who_and_before_and_after_and_filters_by_colleague_person_and_day()
    {
        var director = await web.ApiAsync(DemoAccounts.Director);
        var leaderId = (await (await web.ApiAsync(DemoAccounts.Leader)).DataAsync("{ me { staffId } }"))["me"]!["staffId"]!.GetValue<string>();
        var leaderName = (await director.DataAsync("query ($id: ID!) { staffMember(id: $id) { name } }", new { id = leaderId }))["staffMember"]!["name"]!.GetValue<string>();
        // The app's clock stands still; a second on makes this change the newest entry (entries of one instant have no order between them).
        web.App.Time.Advance(TimeSpan.FromSeconds(1));
        await director.DataAsync(
            "mutation ($id: ID!) { setAvailability(input: { staffId: $id, status: UNAVAILABLE, until: \"2026-11-24\", note: \"Training day\", clientMutationId: \"web-audit-1\" }) { id } }", new { id = leaderId });
        try
        {
            var entry = (await director.DataAsync(
                "query ($org: ID!, $id: ID!) { auditTrail(organisationId: $org, staffId: $id, first: 1) { entries { id at username roles operation target outcome before } } }", new { org = Organisation, id = leaderId }))
                ["auditTrail"]!["entries"]![0]!;
            Assert.Equal("setAvailability", entry["operation"]!.GetValue<string>());
            var entryId = entry["id"]!.GetValue<string>();
            var day = DateOnly.FromDateTime(DateTimeOffset.Parse(entry["at"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture).UtcDateTime);

            var page = await web.SignInAsync(DemoAccounts.Director, "/audit", Viewport.Desktop);
            var newest = page.Locator("[data-testid=audit-entry]").First;
            await Expect(newest).ToHaveAttributeAsync("data-entry-id", entryId);
            await Expect(newest.Locator("[data-testid=audit-outcome]")).ToHaveTextAsync("Done");
            await Expect(newest).ToContainTextAsync($"setAvailability on {entry["target"]!.GetValue<string>()}");
            await Expect(newest.Locator("[data-testid=audit-who]")).ToContainTextAsync($"By {DemoAccounts.Director} ({entry["roles"]!.GetValue<string>()})");
            await Expect(newest).ToContainTextAsync($"About {leaderName}");
            var was = System.Text.Json.Nodes.JsonNode.Parse(entry["before"]!.GetValue<string>())!["availabilityHistory"]![0]!;
            await Expect(newest.Locator("[data-testid=audit-changes]")).ToContainTextAsync($"availabilityHistory[0].status: {was["status"]} → UNAVAILABLE");
            await Expect(newest.Locator("[data-testid=audit-changes]")).ToContainTextAsync($"availabilityHistory[0].note: {was["note"]?.GetValue<string>() ?? "null"} → Training day");

            await WebAppFixture.ScreenshotAsync(page, "audit-entries", Viewport.Desktop);

            // By colleague: the change is the newest entry about the leader.
            await PickAsync(page, "audit-staff", leaderName);
            await Expect(page.Locator("[data-testid=audit-entry]").First).ToHaveAttributeAsync("data-entry-id", entryId);
            // Every entry names the leader among whom it is about (not necessarily first: a shift is about the person, then its colleagues).
            await Expect(page.Locator("[data-testid=audit-entry]").Filter(new() { HasNotTextString = leaderName })).ToHaveCountAsync(0);

            // By person, on a fresh page: the entries about Sam (as the API answers), and not the leader's change.
            await web.OpenAsync(page, "/audit");
            var sam = (await director.DataAsync(
                "query ($org: ID!, $id: ID!) { person(id: $id) { name } auditTrail(organisationId: $org, personId: $id, first: 200) { entries { id } } }", new { org = Organisation, id = SampleOrganisation.SamId }));
            await PickAsync(page, "audit-person", sam["person"]!["name"]!.GetValue<string>());
            var aboutSam = sam["auditTrail"]!["entries"]!.AsArray().Select(e => e!["id"]!.GetValue<string>()).ToList();
            await Expect(page.Locator("[data-testid=audit-entry]")).ToHaveCountAsync(Math.Min(aboutSam.Count, 20));
            if (aboutSam.Count > 0)
            {
                await Expect(page.Locator("[data-testid=audit-entry]").First).ToHaveAttributeAsync("data-entry-id", aboutSam[0]);
            }

            await Expect(page.Locator($"[data-entry-id=\"{entryId}\"]")).ToHaveCountAsync(0);

            // A fresh page has no filter; then by day.
            await web.OpenAsync(page, "/audit");
            await Expect(page.Locator("[data-testid=audit-entry]").First).ToHaveAttributeAsync("data-entry-id", entryId);

            // Up to the day before it, it is not there; from its day, it is.
            await FillDayAsync(page, "#audit-to", day.AddDays(-1));
            await Expect(page.Locator($"[data-entry-id=\"{entryId}\"]")).ToHaveCountAsync(0);
            await FillDayAsync(page, "#audit-to", day);
            await FillDayAsync(page, "#audit-from", day);
            await Expect(page.Locator("[data-testid=audit-entry]").First).ToHaveAttributeAsync("data-entry-id", entryId);
            Assert.Empty(await WebAppFixture.SeriousViolationsAsync(page));
            await page.Context.CloseAsync();
        }
        finally
        {
            await director.DataAsync(
                "mutation ($id: ID!) { setAvailability(input: { staffId: $id, status: AVAILABLE, until: \"2026-11-24\", clientMutationId: \"web-audit-2\" }) { id } }", new { id = leaderId });
        }
    }

    [Fact]
    public async Task A_refused_attempt_is_marked_refused_with_why()
    {
        var staff = await web.ApiAsync(DemoAccounts.Staff);
        var (code, message) = await staff.ErrorAsync(
            "mutation ($id: ID!) { setSizeGuidance(organisationId: $id, input: { firstYearLimit: 5, yearlyGrowthLimit: 5, ceilingAmber: 1, ceilingRed: 2, maxTeamsPerStaff: 2, leaderContactDays: 30 }, clientMutationId: \"web-audit-3\") { id } }",
            new { id = Organisation });
        Assert.Equal("FORBIDDEN", code);

        var page = await web.SignInAsync(DemoAccounts.Director, "/audit", Viewport.Phone);
        var refused = page.Locator("[data-testid=audit-entry]").Filter(new() { Has = page.Locator("[data-testid=audit-refusal]"), HasTextString = "setSizeGuidance" }).First;

        await Expect(refused.Locator("[data-testid=audit-outcome]")).ToHaveTextAsync("Refused");
        await Expect(refused.Locator("[data-testid=audit-refusal]")).ToContainTextAsync(message);
        await Expect(refused).ToContainTextAsync($"By {DemoAccounts.Staff}");
        await page.Context.CloseAsync();
    }

    // Opens a MudSelect and picks the option with this name.
    private static async Task PickAsync(IPage page, string testId, string name)
    {
        await page.Locator($"[data-testid={testId}]").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasTextString = name }).First.ClickAsync();
        await Expect(page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
    }

    private static async Task FillDayAsync(IPage page, string selector, DateOnly day)
    {
        var field = page.Locator(selector);
        await field.FillAsync(day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await field.PressAsync("Tab");
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
