using System.Collections.Immutable;
using Bunit;
using SupportGrains.Api.Components.Person;
using SupportGrains.Grains.People;

namespace SupportGrains.Api.Tests.Components.Person;

/// <summary>
/// Changing the relationship circle without a browser: the controls only for those the service
/// says may change it, each change asked with what was entered, and a refusal shown beside the
/// control that asked with everything typed kept.
/// </summary>
public sealed class CircleEditingTests : MudComponentTest
{
    private static readonly ImmutableArray<Relationship> Circle =
    [
        new Relationship("Mum", RelationshipKind.Family, 1) { Id = "r1" },
        new Relationship("Friend from the allotment", RelationshipKind.Friend, 3) { Id = "r2" },
    ];

    private readonly List<string> _asked = [];

    [Fact]
    public void Someone_who_may_not_change_the_circle_sees_it_without_any_control()
    {
        var card = Card(canEdit: false, refusal: null);

        Assert.Contains("Friend from the allotment · friend · close", card.Find("[data-testid=ring-3]").TextContent);
        Assert.Empty(card.FindAll("[data-testid=circle-add-form]"));
        Assert.Empty(card.FindAll("[data-testid=move-in], [data-testid=move-out], [data-testid=edit-relationship], [data-testid=remove-relationship]"));
    }

    [Fact]
    public void A_withheld_circle_offers_no_controls_even_to_someone_who_may_manage_the_team()
    {
        var card = Context.Render<CircleCard>(p => Parameters(p, canEdit: true, refusal: null).Add(c => c.Circle, null));

        Assert.NotNull(card.Find("[data-testid=circle-hidden]"));
        Assert.Empty(card.FindAll("[data-testid=circle-add-form]"));
    }

    [Fact]
    public void A_leader_gets_each_control_and_a_ring_at_the_edge_offers_no_move_past_it()
    {
        var card = Card(canEdit: true, refusal: null);

        var mum = card.Find("[data-testid=circle-person-r1]");
        Assert.Null(mum.QuerySelector("[data-testid=move-in]"));
        Assert.Equal("Move Mum further out, to ring 2", mum.QuerySelector("[data-testid=move-out]")!.GetAttribute("aria-label"));
        var friend = card.Find("[data-testid=circle-person-r2]");
        Assert.Equal("Move Friend from the allotment closer, to ring 2", friend.QuerySelector("[data-testid=move-in]")!.GetAttribute("aria-label"));
        Assert.NotNull(friend.QuerySelector("[data-testid=edit-relationship]"));
        Assert.NotNull(friend.QuerySelector("[data-testid=remove-relationship]"));
        Assert.NotNull(card.Find("#circle-add-name"));
    }

    [Fact]
    public void Adding_someone_asks_with_the_name_kind_and_ring_and_says_it_was_done()
    {
        var card = Card(canEdit: true, refusal: null);

        card.Find("#circle-add-name").Input("Aunt Pat");
        card.Find("[data-testid=circle-add]").Click();

        Assert.Equal(["add Aunt Pat Friend 3"], _asked);
        Assert.Equal("Added Aunt Pat to ring 3.", card.Find("[data-testid=circle-saved]").TextContent);
        Assert.Equal("", card.Find("#circle-add-name").GetAttribute("value") ?? "");
    }

    [Fact]
    public void A_refused_addition_is_shown_beside_the_add_button_and_the_name_stays_as_typed()
    {
        const string refusal = "Only the team leaders of Sam Okafor's team or a director may do this (changing the relationship circle).";
        var card = Card(canEdit: true, refusal);

        card.Find("#circle-add-name").Input("Aunt Pat");
        card.Find("[data-testid=circle-add]").Click();

        Assert.Equal(["add Aunt Pat Friend 3"], _asked);
        Assert.Equal(refusal, card.Find("[data-testid=circle-add-form] #circle-add-refusal").TextContent.Trim());
        Assert.Equal("circle-add-refusal", card.Find("[data-testid=circle-add]").GetAttribute("aria-describedby"));
        Assert.Equal("Aunt Pat", card.Find("#circle-add-name").GetAttribute("value"));
        Assert.Empty(card.FindAll("[data-testid=circle-saved]"));
    }

    [Fact]
    public void A_name_left_empty_is_said_beside_the_button_and_not_asked()
    {
        var card = Card(canEdit: true, refusal: null);

        card.Find("[data-testid=circle-add]").Click();

        Assert.Empty(_asked);
        Assert.Equal("Say who they are: a name is needed.", card.Find("#circle-add-refusal").TextContent.Trim());
    }

    [Fact]
    public void Moving_someone_asks_for_the_next_ring_and_a_refusal_is_shown_under_their_controls()
    {
        const string refusal = "This could not be saved just now: nothing was changed. Try again in a moment.";
        var card = Card(canEdit: true, refusal);

        card.Find("[data-testid=circle-person-r2] [data-testid=move-out]").Click();

        Assert.Equal(["move r2 4"], _asked);
        var friend = card.Find("[data-testid=circle-person-r2]");
        Assert.Equal(refusal, friend.QuerySelector("#circle-move-refusal-r2")!.TextContent.Trim());
        Assert.Equal("circle-move-refusal-r2", friend.QuerySelector("[data-testid=move-out]")!.GetAttribute("aria-describedby"));
    }

    [Fact]
    public void Editing_someone_starts_from_their_details_and_a_refusal_keeps_what_was_typed()
    {
        const string refusal = "relationship.name must be at most 200 characters.";
        var card = Card(canEdit: true, refusal);

        card.Find("[data-testid=circle-person-r1] [data-testid=edit-relationship]").Click();
        Assert.Equal("Mum", card.Find("#circle-name-r1").GetAttribute("value"));
        card.Find("#circle-name-r1").Input("Mum (Angela)");
        card.Find("[data-testid=save-relationship]").Click();

        Assert.Equal(["edit r1 Mum (Angela) Family"], _asked);
        Assert.Equal(refusal, card.Find("#circle-edit-refusal-r1").TextContent.Trim());
        Assert.Equal("Mum (Angela)", card.Find("#circle-name-r1").GetAttribute("value"));
    }

    [Fact]
    public void Removing_someone_is_asked_only_once_confirmed_with_the_reason_given()
    {
        var card = Card(canEdit: true, refusal: null);

        card.Find("[data-testid=circle-person-r2] [data-testid=remove-relationship]").Click();
        Assert.Empty(_asked);
        Assert.Contains("Take Friend from the allotment out of the circle?", card.Find("[data-testid=relationship-remove-form]").TextContent);
        card.Find("#circle-reason-r2").Input("Moved away");
        card.Find("[data-testid=confirm-remove]").Click();

        Assert.Equal(["remove r2 Moved away"], _asked);
        Assert.Equal("Removed Friend from the allotment from the circle.", card.Find("[data-testid=circle-saved]").TextContent);
        Assert.Empty(card.FindAll("[data-testid=relationship-remove-form]"));
    }

    private IRenderedComponent<CircleCard> Card(bool canEdit, string? refusal) =>
        Context.Render<CircleCard>(p => Parameters(p, canEdit, refusal).Add(c => c.Circle, Circle));

    private ComponentParameterCollectionBuilder<CircleCard> Parameters(ComponentParameterCollectionBuilder<CircleCard> p, bool canEdit, string? refusal) => p
        .Add(c => c.PersonName, "Sam Okafor")
        .Add(c => c.CanEdit, canEdit)
        .Add(c => c.Add, r => Asked($"add {r.Name} {r.Kind} {r.Closeness}", refusal))
        .Add(c => c.Move, (r, ring) => Asked($"move {r.Id} {ring}", refusal))
        .Add(c => c.Edit, (r, name, kind) => Asked($"edit {r.Id} {name} {kind}", refusal))
        .Add(c => c.Remove, (r, reason) => Asked($"remove {r.Id} {reason}", refusal));

    private Task<string?> Asked(string change, string? refusal)
    {
        _asked.Add(change);
        return Task.FromResult(refusal);
    }
}
