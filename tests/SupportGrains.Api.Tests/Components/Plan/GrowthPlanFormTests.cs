using Bunit;
using MudBlazor;
using MudBlazor.Services;
using SupportGrains.Api.Components.Plan;

namespace SupportGrains.Api.Tests.Components.Plan;

/// <summary>The growth plan's question without a browser: checked at the edge with the message beside the field, a refusal beside the button, nothing entered lost.</summary>
public sealed class GrowthPlanFormTests : MudComponentTest
{
    private static readonly DateOnly Today = new(2026, 11, 24);
    private readonly List<(int Adding, DateOnly By)> _asked = [];

    [Fact]
    public void Nothing_entered_is_not_asked_and_each_field_says_what_it_needs()
    {
        var form = Form(refusal: null);

        form.Find("[data-testid=plan-run]").Click();

        form.WaitForAssertion(() => Assert.Contains("Say how many more people: a whole number from 1 to 1,000.", form.Markup));
        Assert.Empty(_asked);
        Assert.Contains("Pick the day by which they would be supported.", form.Markup);
    }

    [Fact]
    public void A_day_in_the_past_is_said_beside_the_date_and_not_asked()
    {
        var form = Form(refusal: null);

        form.Find("#plan-adding").Input("4");
        form.Find("#plan-by").Change("2026-11-01");
        form.Find("[data-testid=plan-run]").Click();

        form.WaitForAssertion(() => Assert.Contains("Sun 1 Nov is in the past: a plan looks ahead from today (Tue 24 Nov).", form.Markup));
        Assert.Empty(_asked);
        Assert.Contains("Sun 1 Nov is in the past: a plan looks ahead from today (Tue 24 Nov).", form.Markup);
        Assert.DoesNotContain("Say how many more people: a whole number", form.Markup);
    }

    [Fact]
    public void A_good_question_is_asked_and_a_refusal_is_shown_beside_the_button_with_the_inputs_kept()
    {
        const string refusal = "A growth plan of organisation org-northfield is for its directors.";
        var form = Form(refusal);

        form.Find("#plan-adding").Input("6");
        form.Find("#plan-by").Change("2027-03-31");
        form.Find("[data-testid=plan-run]").Click();

        // The form checks its fields before asking, which may finish after the click returns.
        form.WaitForAssertion(() => Assert.Equal(refusal, form.Find("#plan-refusal").TextContent.Trim()));
        Assert.Equal([(6, new DateOnly(2027, 3, 31))], _asked);
        Assert.Equal("plan-refusal", form.Find("[data-testid=plan-run]").GetAttribute("aria-describedby"));
        Assert.Equal("6", form.Find("#plan-adding").GetAttribute("value"));
        Assert.Equal("2027-03-31", form.Find("#plan-by").GetAttribute("value"));
    }

    private IRenderedComponent<GrowthPlanForm> Form(string? refusal) =>
        Context.Render<GrowthPlanForm>(p => p
            .Add(c => c.TodayDate, Today)
            .Add(c => c.Run, (adding, by) =>
            {
                _asked.Add((adding, by));
                return Task.FromResult(refusal);
            }));
}
