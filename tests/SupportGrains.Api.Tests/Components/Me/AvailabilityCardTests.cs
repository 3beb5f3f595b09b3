using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using SupportGrains.Api.Components.Me;
using SupportGrains.Grains.Staff;

namespace SupportGrains.Api.Tests.Components.Me;

/// <summary>The availability control without a browser: two taps, the date picker, and a refusal shown beside the control with nothing lost.</summary>
public sealed class AvailabilityCardTests : MudComponentTest
{
    private static readonly DateOnly Today = new(2026, 11, 24);
    private readonly List<(AvailabilityStatus Status, DateOnly? Until)> _saved = [];

    [Fact]
    public void Off_sick_is_two_taps_the_status_then_confirm()
    {
        var card = Card(Availability.Available, refusal: null);

        card.Find("[data-testid=choose-OffSick]").Click();
        card.Find("[data-testid=confirm-availability]").Click();

        Assert.Equal([(AvailabilityStatus.OffSick, (DateOnly?)null)], _saved);
        Assert.Equal("Saved: you are off sick from today until further notice.", card.Find("[data-testid=availability-saved]").TextContent);
        Assert.Empty(card.FindAll("[data-testid=availability-confirm]"));
    }

    [Fact]
    public void The_date_picked_is_the_last_day_saved()
    {
        var card = Card(Availability.Available, refusal: null);

        card.Find("[data-testid=choose-OnLeave]").Click();
        card.Find("#until-date").Change("2026-11-27");
        Assert.Equal("Confirm: on leave until Fri 27 Nov", card.Find("[data-testid=confirm-availability]").TextContent.Trim());
        card.Find("[data-testid=confirm-availability]").Click();

        Assert.Equal([(AvailabilityStatus.OnLeave, (DateOnly?)new DateOnly(2026, 11, 27))], _saved);
    }

    [Fact]
    public void A_refusal_is_shown_beside_the_confirm_button_and_the_choice_and_date_stay_as_entered()
    {
        const string refusal = "Only staff member s-northfield-017 themselves, their team leaders or a director may change their availability.";
        var card = Card(Availability.Available, refusal);

        card.Find("[data-testid=choose-OffSick]").Click();
        card.Find("#until-date").Change("2026-11-27");
        card.Find("[data-testid=confirm-availability]").Click();

        var panel = card.Find("[data-testid=availability-confirm]");
        Assert.Equal(refusal, panel.QuerySelector("#availability-refusal")!.TextContent.Trim());
        Assert.Equal("availability-refusal", card.Find("[data-testid=confirm-availability]").GetAttribute("aria-describedby"));
        Assert.Equal("true", card.Find("[data-testid=choose-OffSick]").GetAttribute("aria-pressed"));
        Assert.Equal("2026-11-27", card.Find("#until-date").GetAttribute("value"));
        Assert.Empty(card.FindAll("[data-testid=availability-saved]"));
    }

    [Fact]
    public void Coming_back_early_is_two_taps_with_no_date_to_pick()
    {
        var card = Card(new Availability(AvailabilityStatus.OffSick, Today, new DateOnly(2026, 11, 30), null), refusal: null);

        Assert.Contains("You are off sick until Mon 30 Nov.", card.Find("[data-testid=availability-now]").TextContent);
        card.Find("[data-testid=choose-Available]").Click();
        Assert.Empty(card.FindAll("#until-date"));
        Assert.Equal("Confirm: available from today", card.Find("[data-testid=confirm-availability]").TextContent.Trim());
        card.Find("[data-testid=confirm-availability]").Click();

        Assert.Equal([(AvailabilityStatus.Available, (DateOnly?)null)], _saved);
    }

    private IRenderedComponent<AvailabilityCard> Card(Availability today, string? refusal) =>
        Context.Render<AvailabilityCard>(p => p
            .Add(c => c.Today, today)
            .Add(c => c.TodayDate, Today)
            .Add(c => c.Save, (status, until) =>
            {
                if (refusal is null)
                {
                    _saved.Add((status, until));
                }

                return Task.FromResult(refusal);
            }));
}
