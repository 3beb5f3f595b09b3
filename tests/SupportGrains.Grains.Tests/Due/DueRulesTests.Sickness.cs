using SupportGrains.Grains.Due;
using SupportGrains.Grains.Staff;

namespace SupportGrains.Grains.Tests.Due;

/// <summary>Return-to-work conversations after sickness.</summary>
public sealed partial class DueRulesTests
{
    [Fact]
    public void A_return_to_work_conversation_is_due_the_day_after_sickness_ends()
    {
        var world = new World();
        var alex = world.Staff("alex", availability: [Sick("2026-11-20", "2026-12-04")]);

        var due = Assert.Single(DueRules.For(world.Snapshot(), Today, 11));

        Assert.Equal((DueKind.ReturnToWork, D("2026-12-05"), alex.Id), (due.Kind, due.DueOn, due.StaffId!));
        Assert.Null(due.PersonId);
        Assert.Equal("A return-to-work conversation with Staff alex is due on 2026-12-05: off sick from 2026-11-20 to 2026-12-04.", due.Message);
        Assert.Empty(DueRules.For(world.Snapshot(), Today, 10));
    }

    [Fact]
    public void No_return_to_work_is_due_while_off_sick_until_further_notice()
    {
        var world = new World();
        world.Staff("alex", availability: [Sick("2026-11-01", "2026-11-05"), Sick("2026-11-20", null)]);

        Assert.Empty(DueRules.For(world.Snapshot(), Today, DueRules.MaxWithinDays));
    }

    [Fact]
    public void The_changes_that_decide_each_day_set_when_sickness_ends()
    {
        var world = new World();
        world.Staff("shortened", availability: [Sick("2026-11-20", "2026-12-04"), Window(AvailabilityStatus.Available, "2026-11-28", null)]);
        world.Staff("extended", availability: [Sick("2026-11-10", "2026-11-15"), Sick("2026-11-16", "2026-11-20")]);
        world.Staff("leave-kept", availability: [Window(AvailabilityStatus.OnLeave, "2026-12-20", "2026-12-31"), Sick("2026-12-01", "2026-12-04")]);
        world.Staff("leave-first", availability: [Sick("2026-11-01", "2026-11-10"), Window(AvailabilityStatus.OnLeave, "2026-11-01", "2026-11-03")]);
        world.Staff("latest-only", availability: [Sick("2026-10-01", "2026-10-05"), Sick("2026-11-01", "2026-11-03")]);
        world.Staff("sick-into-leave", availability: [Window(AvailabilityStatus.OnLeave, "2026-11-11", "2026-11-14"), Sick("2026-11-05", "2026-11-10")]);

        var due = DueRules.For(world.Snapshot(), Today, 30).ToDictionary(i => i.StaffId!, i => (i.DueOn, i.Message[(i.Message.IndexOf("off sick", StringComparison.Ordinal) + 9)..]));

        Assert.Equal((D("2026-11-28"), "from 2026-11-20 to 2026-11-27."), due["shortened"]);
        Assert.Equal((D("2026-11-21"), "from 2026-11-10 to 2026-11-20."), due["extended"]);
        Assert.Equal((D("2026-12-05"), "from 2026-12-01 to 2026-12-04."), due["leave-kept"]);
        Assert.Equal((D("2026-11-11"), "from 2026-11-04 to 2026-11-10."), due["leave-first"]);
        Assert.Equal((D("2026-11-04"), "from 2026-11-01 to 2026-11-03."), due["latest-only"]);
        Assert.Equal((D("2026-11-11"), "from 2026-11-05 to 2026-11-10."), due["sick-into-leave"]);
        Assert.Equal(6, due.Count);
    }

    [Fact]
    public void A_colleague_who_has_left_is_due_no_return_to_work()
    {
        var world = new World();
        world.Staff("gone", leftOn: Today, availability: [Sick("2026-11-01", "2026-11-10")]);
        world.Staff("well", availability: [Window(AvailabilityStatus.OnLeave, "2026-11-01", "2026-11-10")]);

        Assert.Empty(DueRules.For(world.Snapshot(), Today, DueRules.MaxWithinDays));
    }
}
