using SupportGrains.Grains.Matches;
using SupportGrains.Grains.Organisations;
using SupportGrains.Grains.Staff;

namespace SupportGrains.Grains.Tests.Organisations;

/// <summary>Warnings beside the size guidance: hours over a colleague's contract across teams, and duplicate names. Findings, never refusals.</summary>
public sealed class StaffingWarningsTests
{
    private static readonly DateOnly Today = World.Today;

    [Theory]
    [InlineData(15, 15, false)]
    [InlineData(15, 15.5, true)]
    public void Hours_allocated_across_teams_over_the_contract_are_a_warning(double first, double second, bool expected)
    {
        var world = new World();
        var staff = world.Staff("s", contracted: 30);
        world.Match(world.Person("a"), staff, MatchStage.Matched, first);
        world.Match(world.Person("b"), staff, MatchStage.Induction, second);

        var check = SizeCheckRules.Check(world.Snapshot(), 0, Today);

        var finding = check.Findings.SingleOrDefault(f => f.Code == FindingCode.AllocatedOverContract);
        Assert.Equal(expected, finding is not null);
        if (finding is not null)
        {
            Assert.Equal(CheckStatus.Amber, finding.Status);
            Assert.Equal<string>(["s"], finding.StaffIds);
            Assert.Contains("contracted for 30", finding.Message);
        }
    }

    [Fact]
    public void Bank_staff_have_no_contracted_hours_to_exceed()
    {
        var world = new World();
        var bank = world.Staff("b", contract: ContractType.Bank, contracted: 0);
        world.Match(world.Person("a"), bank, MatchStage.Matched, 10);

        Assert.DoesNotContain(SizeCheckRules.Check(world.Snapshot(), 0, Today).Findings, f => f.Code == FindingCode.AllocatedOverContract);
    }

    [Fact]
    public void Two_people_or_two_colleagues_with_the_same_name_are_flagged()
    {
        var world = new World();
        world.Person("a", name: "Sam Okafor");
        world.Person("b", name: "sam  okafor");
        world.Person("c", name: "Sam Reid");
        world.Staff("x", name: "Alex Price");
        world.Staff("y", name: "Alex Price");

        var finding = Assert.Single(SizeCheckRules.Check(world.Snapshot(), 0, Today).Findings, f => f.Code == FindingCode.DuplicateName);

        Assert.Equal<string>(["a", "b"], finding.PersonIds);
        Assert.Equal<string>(["x", "y"], finding.StaffIds);
        Assert.Contains("2 people are called Sam Okafor", finding.Message);
    }
}
