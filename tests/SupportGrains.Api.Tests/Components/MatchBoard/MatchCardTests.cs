using System.Collections.Immutable;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using SupportGrains.Api.Application;
using SupportGrains.Api.Components.MatchBoard;
using SupportGrains.Grains.Matches;
using SupportGrains.Grains.People;

namespace SupportGrains.Api.Tests.Components.MatchBoard;

/// <summary>A match card without a browser: the next stage offered, a review saved from the lines typed, a refusal shown beside its button with nothing lost, and no controls for someone who may not change the match.</summary>
public sealed class MatchCardTests : MudComponentTest
{
    private static readonly DateOnly Today = new(2026, 11, 24);
    private readonly List<MatchStage> _advanced = [];
    private readonly List<MatchReview> _reviewed = [];

    [Fact]
    public void The_card_offers_the_next_stage_and_advances_to_it()
    {
        var card = Card(Item(MatchStage.PersonInterview, canManage: true), refusal: null);

        Assert.Equal("Advance to offered", card.Find("[data-testid=advance]").TextContent.Trim());
        card.Find("[data-testid=advance]").Click();

        Assert.Equal("Moved to offered.", card.WaitForElement("[data-testid=match-saved]").TextContent);
        Assert.Equal([MatchStage.Offered], _advanced);
    }

    [Fact]
    public void A_review_is_saved_from_the_lines_typed_blank_lines_left_out()
    {
        var card = Card(Item(MatchStage.Matched, canManage: true), refusal: null);

        card.Find("[data-testid=open-review]").Click();
        card.Find("#review-working-m9-p-sam").Input("Walks by the canal\n\nCooking together");
        card.Find("#review-actions-m9-p-sam").Input("Try the Saturday club");
        card.Find("[data-testid=save-review]").Click();

        card.WaitForAssertion(() => Assert.Empty(card.FindAll("[data-testid=review-form]")));
        var review = Assert.Single(_reviewed);
        Assert.Equal(Today, review.On);
        Assert.Equal(["Walks by the canal", "Cooking together"], review.Working.ToArray());
        Assert.Empty(review.NotWorking);
        Assert.Equal(["Try the Saturday club"], review.Actions.ToArray());
        Assert.Empty(card.FindAll("[data-testid=review-form]"));
    }

    [Fact]
    public void A_refused_review_is_explained_under_its_button_and_the_words_typed_stay()
    {
        const string refusal = "on 2026-12-01 is after today (2026-11-24): record it once it has happened.";
        var card = Card(Item(MatchStage.Matched, canManage: true), refusal);

        card.Find("[data-testid=open-review]").Click();
        card.Find("#review-on-m9-p-sam").Change("2026-12-01");
        card.Find("#review-working-m9-p-sam").Input("Easy conversation");
        card.Find("[data-testid=save-review]").Click();

        // The button's handler may finish after Click returns on a busy machine: wait for the refusal, without a fixed sleep.
        Assert.Equal(refusal, card.WaitForElement("#review-refusal-m9-p-sam").TextContent.Trim());
        Assert.Equal("review-refusal-m9-p-sam", card.Find("[data-testid=save-review]").GetAttribute("aria-describedby"));
        Assert.Equal("Easy conversation", card.Find("#review-working-m9-p-sam").GetAttribute("value") ?? card.Find("#review-working-m9-p-sam").TextContent);
        Assert.Equal("2026-12-01", card.Find("#review-on-m9-p-sam").GetAttribute("value"));
        Assert.Empty(card.FindAll("[data-testid=match-saved]"));
    }

    [Fact]
    public void Someone_who_may_not_change_the_match_gets_no_controls()
    {
        var card = Card(Item(MatchStage.Induction, canManage: false), refusal: null);

        Assert.Contains("Induction", card.Find("[data-testid=match-stage]").TextContent);
        Assert.Empty(card.FindAll("button"));
    }

    private static BoardMatch Item(MatchStage stage, bool canManage)
    {
        var person = new PersonView("p-sam", "org-northfield", "Sam Okafor", new DateOnly(2024, 1, 8), null, 168, 1, OnePageProfile.Empty, [], null);
        var match = new Match("m9-p-sam", "org-northfield", "p-sam", "s-northfield-040", stage, [new MatchEvent(stage, new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero), null)], [], 0, 0, null);
        return new BoardMatch(match, person, "Jo Bailey", ImmutableArray.Create(new Colleague("s-northfield-010", "Ali Khan")), canManage);
    }

    private IRenderedComponent<MatchCard> Card(BoardMatch item, string? refusal) =>
        Context.Render<MatchCard>(p => p
            .Add(c => c.Item, item)
            .Add(c => c.TodayDate, Today)
            .Add(c => c.Advance, (_, to) =>
            {
                _advanced.Add(to);
                return Task.FromResult<string?>(null);
            })
            .Add(c => c.RecordShadowShift, (_, _, _) => Task.FromResult<string?>(null))
            .Add(c => c.Review, (_, review) =>
            {
                if (refusal is null)
                {
                    _reviewed.Add(review);
                }

                return Task.FromResult(refusal);
            })
            .Add(c => c.End, (_, _) => Task.FromResult<string?>(null)));
}
