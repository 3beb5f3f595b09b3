using Bunit;
using MudBlazor;
using MudBlazor.Services;
using SupportGrains.Api.Components.Organisation;
using SupportGrains.Grains.Organisations;

namespace SupportGrains.Api.Tests.Components.Organisation;

/// <summary>The size check card without a browser: the status word beside its colour, each finding's why and figures, and the staffing warnings kept apart.</summary>
public sealed class SizeCheckCardTests : MudComponentTest
{
    private static readonly DateOnly Day = new(2026, 11, 24);

    [Fact]
    public void A_red_check_says_red_in_words_with_each_findings_why_and_figures()
    {
        var ceiling = new Finding(FindingCode.Ceiling, CheckStatus.Red, "The organisation would support 19 people; above 12 the guidance warns strongly that it is no longer small.", 12, 19, [], []);
        var card = Context.Render<SizeCheckCard>(p => p.Add(c => c.Check, new SizeCheck(CheckStatus.Red, Day, 19, 0, false, [ceiling, Duplicate])));

        Assert.Equal("Red", card.Find("[data-testid=size-check-status]").TextContent.Trim());
        Assert.Contains("mud-chip-color-error", card.Find("[data-testid=size-check-status]").ClassName);
        Assert.Contains("Judged on Tue 24 Nov 2026: 19 people supported, after the organisation's first year.", Words(card.Find("[data-testid=size-check-judged]").TextContent));
        var shown = card.Find("[data-testid=finding-CEILING]");
        Assert.Equal("Red", shown.QuerySelector(".mud-chip")!.TextContent.Trim());
        Assert.Equal(ceiling.Message, shown.QuerySelector("[data-testid=finding-why]")!.TextContent.Trim());
        Assert.Contains("Guidance figure: 12 · the organisation's figure: 19", shown.QuerySelector("[data-testid=finding-figures]")!.TextContent);
        Assert.Empty(card.FindAll("[data-testid=finding-DUPLICATE_NAME]"));
    }

    [Fact]
    public void A_green_check_says_so_and_the_staffing_warnings_card_shows_only_the_warnings()
    {
        var check = new SizeCheck(CheckStatus.Amber, Day, 4, 0, true, [Duplicate]);
        var card = Context.Render<SizeCheckCard>(p => p.Add(c => c.Check, check with { Status = CheckStatus.Green, Findings = [] }));
        var warnings = Context.Render<StaffingWarningsCard>(p => p.Add(c => c.Check, check));

        Assert.Equal("Green", card.Find("[data-testid=size-check-status]").TextContent.Trim());
        Assert.NotNull(card.Find("[data-testid=size-check-findings-none]"));
        Assert.Equal(Duplicate.Message, warnings.Find("[data-testid=finding-DUPLICATE_NAME] [data-testid=finding-why]").TextContent.Trim());
        Assert.Equal("Amber", warnings.Find("[data-testid=finding-DUPLICATE_NAME] .mud-chip").TextContent.Trim());
    }

    private static string Words(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");

    private static Finding Duplicate { get; } = new(FindingCode.DuplicateName, CheckStatus.Amber, "2 people are called Sam Lee — check they are not the same person recorded twice.", null, 2, ["p-1", "p-2"], []);
}
