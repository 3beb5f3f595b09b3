using System.Collections.Immutable;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using SupportGrains.Api.Application;
using SupportGrains.Api.Components.Rota;
using SupportGrains.Grains.Matches;
using SupportGrains.Grains.Rota;

namespace SupportGrains.Api.Tests.Components.Rota;

/// <summary>A team's week without a browser: open shifts and clashes said in words, the swap controls of the colleague whose shift it is and of one who could take it, and no assigning for someone who may not.</summary>
public sealed class RotaWeekCardTests : MudComponentTest
{
    private static readonly DateOnly Monday = new(2026, 11, 23);
    private static readonly DateOnly Today = new(2026, 11, 24);
    private readonly List<string> _asked = [];

    [Fact]
    public void Open_shifts_and_clashes_are_said_in_words_beside_their_colour()
    {
        var card = Card(me: "s-2", canManage: false, swaps: []);

        Assert.Equal("1 open shift", card.Find("[data-testid=open-count]").TextContent.Trim());
        Assert.Equal("1 clash", card.Find("[data-testid=clash-count]").TextContent.Trim());
        Assert.Contains("Open shift: nobody is on it yet.", card.Find("[data-testid=shift-sh3-p-sam] [data-testid=shift-colleague]").TextContent);
        Assert.Contains("Clash: Ali is on leave that day.", card.Find("[data-testid=shift-sh2-p-sam] [data-testid=shift-clash]").TextContent);
        Assert.Empty(card.FindAll("[data-testid^=assign-]"));
    }

    [Fact]
    public void The_colleague_on_a_shift_asks_to_swap_it_and_a_teammate_is_offered_to_take_it()
    {
        var mine = Card(me: "s-1", canManage: false, swaps: []);
        mine.FindAll("[data-testid=shift-sh1-p-sam] button").Single(b => b.TextContent.Contains("Ask to swap")).Click();
        mine.WaitForAssertion(() => Assert.Equal(["propose sh1-p-sam"], _asked));

        var swap = new ShiftSwap("sw1-p-sam", "p-sam", "sh1-p-sam", "s-1", null, "A family wedding", DateTimeOffset.UnixEpoch, SwapStatus.Proposed);
        var theirs = Card(me: "s-2", canManage: false, swaps: [swap]);
        Assert.Contains("Swap asked for by Ali Khan, offered to the team: “A family wedding”.", theirs.Find("[data-testid=shift-sh1-p-sam] [data-testid=shift-swap]").TextContent);
        theirs.FindAll("[data-testid=shift-sh1-p-sam] button").Single(b => b.TextContent.Contains("Take this shift")).Click();
        theirs.WaitForAssertion(() => Assert.Equal(["propose sh1-p-sam", "accept sw1-p-sam"], _asked));
    }

    [Fact]
    public void A_leader_gets_an_assign_menu_on_every_shift()
    {
        var card = Card(me: null, canManage: true, swaps: []);

        Assert.Equal(3, card.FindAll("[data-testid^=assign-]").Count);
        Assert.Contains("Assign", card.Find("[data-testid=assign-sh3-p-sam]").TextContent);
        Assert.Contains("Change", card.Find("[data-testid=assign-sh1-p-sam]").TextContent);
    }

    private IRenderedComponent<RotaWeekCard> Card(string? me, bool canManage, ImmutableArray<ShiftSwap> swaps)
    {
        var clash = new Clash(ClashKind.NotAvailable, "s-1", "sh2-p-sam", Today.AddDays(3), "Ali is on leave that day.");
        var shifts = ImmutableArray.Create(
            Rostered("sh1-p-sam", Today, "s-1", []),
            Rostered("sh2-p-sam", Today.AddDays(3), "s-1", [clash]),
            Rostered("sh3-p-sam", Today.AddDays(4), null, []));
        var week = new RotaWeek("p-sam", Monday, shifts, [], 16, 16, 0, 8, 1, 16, [clash], null, swaps);
        return Context.Render<RotaWeekCard>(p => p
            .Add(c => c.Week, week)
            .Add(c => c.TodayDate, Today)
            .Add(c => c.Members, ImmutableArray.Create(new Colleague("s-1", "Ali Khan"), new Colleague("s-2", "Jo Bailey")))
            .Add(c => c.Names, new Dictionary<string, string> { ["s-1"] = "Ali Khan", ["s-2"] = "Jo Bailey" })
            .Add(c => c.CanManage, canManage)
            .Add(c => c.MyStaffId, me)
            .Add(c => c.Assign, (shift, staffId) => Asked($"assign {shift.Id} {staffId}"))
            .Add(c => c.ProposeSwap, shift => Asked($"propose {shift.Id}"))
            .Add(c => c.AcceptSwap, swap => Asked($"accept {swap.Id}"))
            .Add(c => c.WithdrawSwap, swap => Asked($"withdraw {swap.Id}")));
    }

    private Task<string?> Asked(string what)
    {
        _asked.Add(what);
        return Task.FromResult<string?>(null);
    }

    private static RotaShift Rostered(string id, DateOnly day, string? staffId, ImmutableArray<Clash> clashes) =>
        new(new Shift(id, "p-sam", day, new TimeOnly(7, 0), new TimeOnly(15, 0), ShiftKind.Day, staffId, null, []), 8, staffId is null ? null : MatchStage.Matched, clashes);
}
