using System.Collections.Immutable;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using SupportGrains.Api.Components.Person;
using SupportGrains.Grains.People;

namespace SupportGrains.Api.Tests.Components.Person;

/// <summary>The relationship circle without a browser: five rings drawn around the person, each person in the circle on their ring and in that ring's list with its closeness in words, and nothing of the circle when the service withheld it.</summary>
public sealed class CircleCardTests : MudComponentTest
{
    [Fact]
    public void Each_person_in_the_circle_is_drawn_on_their_ring_and_listed_under_it_in_words()
    {
        var card = Context.Render<CircleCard>(p => p
            .Add(c => c.PersonName, "Sam Okafor")
            .Add(c => c.Circle, ImmutableArray.Create(
                new Relationship("Mum", RelationshipKind.Family, 1),
                new Relationship("Jo Sister", RelationshipKind.Family, 2),
                new Relationship("Community nurse", RelationshipKind.Professional, 4))));

        Assert.Equal(5, card.FindAll("[data-testid=circle-rings] circle[data-ring]").Count);
        Assert.Equal(3 + 5, card.FindAll("[data-testid=circle-rings] circle").Count);
        Assert.Contains("Mum · family · closest", card.Find("[data-testid=ring-1]").TextContent);
        Assert.Contains("Jo Sister · family · very close", card.Find("[data-testid=ring-2]").TextContent);
        Assert.Contains("Community nurse · professional · known well", card.Find("[data-testid=ring-4]").TextContent);
        Assert.Empty(card.FindAll("[data-testid=ring-3]"));
        Assert.Contains("Sam Okafor at the centre with 3 people", card.Find("#circle-svg-title").TextContent);
    }

    [Fact]
    public void A_circle_the_service_withheld_shows_why_and_nothing_of_it()
    {
        var card = Context.Render<CircleCard>(p => p
            .Add(c => c.PersonName, "Sam Okafor")
            .Add(c => c.Circle, null));

        Assert.Equal("The relationship circle is for Sam Okafor's team leaders and directors.", card.Find("[data-testid=circle-hidden]").TextContent);
        Assert.Empty(card.FindAll("svg[data-testid=circle-rings]"));
    }
}
