using Bunit;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using MudBlazor.Services;
using SupportGrains.Api.Components.Audit;
using SupportGrains.Grains.Audit;

namespace SupportGrains.Api.Tests.Components.Audit;

/// <summary>A page of the trail without a browser: who and when, what changed before → after, a refused attempt marked with why, and the paging buttons.</summary>
public sealed class AuditTrailCardTests : MudComponentTest
{
    private static readonly DateTimeOffset At = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void An_applied_change_says_who_when_whom_and_before_and_after_and_a_refused_one_says_why()
    {
        var applied = new AuditEntry("e-2", At, "org-1", new AuditAuthor("a-1", "director", "director"), "setFundedHours", null, "Person p-sam",
            ["p-sam"], [], """{ "hours": 30 }""", """{ "hours": 35 }""", AuditOutcome.Applied, null);
        var refused = new AuditEntry("e-1", At.AddMinutes(-5), "org-1", new AuditAuthor("a-2", "staff", "staff"), "setSizeGuidance", null, "Organisation org-1",
            [], ["s-7"], null, null, AuditOutcome.Refused, "FORBIDDEN: Changing the size guidance of organisation org-1 is for its directors.");

        var card = Card([applied, refused], newer: false, older: true);

        var entries = card.FindAll("[data-testid=audit-entry]");
        Assert.Equal("Done", entries[0].QuerySelector("[data-testid=audit-outcome]")!.TextContent.Trim());
        Assert.Contains("By director (director), Tue 24 Nov 2026, 10:00:00 UTC", entries[0].QuerySelector("[data-testid=audit-who]")!.TextContent);
        Assert.Contains("About Sam Okafor", entries[0].TextContent);
        Assert.Equal("hours: 30 → 35", entries[0].QuerySelector("[data-testid=audit-changes] li")!.TextContent.Trim());
        Assert.Equal("Refused", entries[1].QuerySelector("[data-testid=audit-outcome]")!.TextContent.Trim());
        Assert.Contains("Why refused: FORBIDDEN: Changing the size guidance", entries[1].QuerySelector("[data-testid=audit-refusal]")!.TextContent);
        Assert.Null(entries[1].QuerySelector("[data-testid=audit-changes]"));
        Assert.True(card.Find("[data-testid=audit-newer]").HasAttribute("disabled"));
        Assert.False(card.Find("[data-testid=audit-older]").HasAttribute("disabled"));
    }

    [Fact]
    public void An_empty_page_says_whether_the_filter_or_the_trail_is_empty()
    {
        Assert.Equal("Nothing is recorded in the trail yet.", Card([], newer: false, older: false).Find("[data-testid=audit-none]").TextContent.Trim());
        Assert.Equal("No entry matches the filter.", Card([], newer: false, older: false, filtered: true).Find("[data-testid=audit-none]").TextContent.Trim());
    }

    private IRenderedComponent<AuditTrailCard> Card(AuditEntry[] entries, bool newer, bool older, bool filtered = false) =>
        Context.Render<AuditTrailCard>(p => p
            .Add(c => c.Entries, [.. entries])
            .Add(c => c.Names, new Dictionary<string, string> { ["p-sam"] = "Sam Okafor", ["s-7"] = "Amara Turner" })
            .Add(c => c.Filtered, filtered)
            .Add(c => c.PageNumber, 1)
            .Add(c => c.HasNewer, newer)
            .Add(c => c.HasOlder, older)
            .Add(c => c.Newer, EventCallback.Empty)
            .Add(c => c.Older, EventCallback.Empty));
}
