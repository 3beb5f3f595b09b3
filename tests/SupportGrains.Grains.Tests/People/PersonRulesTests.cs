using SupportGrains.Grains.People;

namespace SupportGrains.Grains.Tests.People;

/// <summary>Taking a person on and changing what is kept about them: limits, funded hours at the support ratio, the profile and the circle, each change in the history.</summary>
public sealed class PersonRulesTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 24);

    private static PersonState Sam(double funded = 40, int ratio = 1) =>
        PersonRules.Create(new NewPerson("org", "Sam", Today.AddYears(-1), funded) { SupportRatio = ratio, Relationships = [new Relationship("Mum", RelationshipKind.Family, 1)] }, At);

    [Theory]
    [InlineData(1, 168, true)]
    [InlineData(1, 168.5, false)]
    [InlineData(2, 336, true)]
    [InlineData(2, 336.5, false)]
    public void Funded_hours_are_staff_hours_up_to_168_times_the_support_ratio(int ratio, double hours, bool allowed)
    {
        if (allowed)
        {
            Assert.Equal(hours, Sam(hours, ratio).FundedHours.Single().HoursPerWeek);
        }
        else
        {
            var error = Assert.Throws<DomainException>(() => Sam(hours, ratio));
            Assert.Equal(ErrorCode.InvalidInput, error.Code);
            Assert.Contains("fundedHoursPerWeek", error.Message);
        }
    }

    [Fact]
    public void Each_change_of_funded_hours_is_kept_and_the_one_in_force_on_a_day_is_read()
    {
        var sam = PersonRules.SetFundedHours(Sam(40), 56, 2, Today.AddDays(-10), At);
        sam = PersonRules.SetFundedHours(sam, 60, null, Today.AddDays(5), At);

        Assert.Equal(3, sam.FundedHours.Length);
        Assert.Equal(40, PersonRules.FundedOn(sam.FundedHours, Today.AddDays(-20)).HoursPerWeek);
        Assert.Equal(56, PersonRules.FundedOn(sam.FundedHours, Today).HoursPerWeek);
        Assert.Equal(60, PersonRules.FundedOn(sam.FundedHours, Today.AddDays(5)).HoursPerWeek);
        Assert.Equal(2, PersonRules.FundedOn(sam.FundedHours, Today.AddDays(5)).SupportRatio);
    }

    [Fact]
    public void Names_text_and_days_outside_the_limits_are_refused_naming_the_field()
    {
        var tooLong = Assert.Throws<DomainException>(() => PersonRules.Create(new NewPerson("org", new string('a', 201), Today, 10), At));
        var farFuture = Assert.Throws<DomainException>(() => PersonRules.Create(new NewPerson("org", "Sam", new DateOnly(9999, 12, 31), 10), At));
        var longReason = Assert.Throws<DomainException>(() => PersonRules.Create(new NewPerson("org", "Sam", Today, 10, new string('x', 4001)), At));

        Assert.Contains("name must be at most 200 characters", tooLong.Message);
        Assert.Contains("supportStartedOn must be between 1900-01-01 and 2100-12-31", farFuture.Message);
        Assert.Contains("overrideReason must be at most 4,000 characters", longReason.Message);
        Assert.Equal(200, PersonRules.Create(new NewPerson("org", new string('a', 200), Today, 10), At).Name.Length);
    }

    [Fact]
    public void Profile_sections_and_the_circle_change_and_every_change_is_kept_in_words()
    {
        var sam = PersonRules.SetProfileSection(Sam(), ProfileSection.ImportantToMe, ["My dog Bella", " ", "Seeing Mum on Sundays"], At);
        sam = PersonRules.AddRelationship(sam, new Relationship("Jo", RelationshipKind.Friend, 3), At);
        sam = PersonRules.ChangeRelationship(sam, "r2", null, null, 2, At);
        sam = PersonRules.RemoveRelationship(sam, "r1", "Moved abroad", At);

        Assert.Equal(["My dog Bella", "Seeing Mum on Sundays"], sam.Profile.ImportantToMe.ToArray());
        var jo = Assert.Single(sam.Relationships);
        Assert.Equal(("r2", 2), (jo.Id, jo.Closeness));
        Assert.Equal(
            ["Now: My dog Bella; Seeing Mum on Sundays.", "Added Jo (friend, ring 3).", "Moved Jo from ring 3 to ring 2.", "Removed Mum (family, ring 1): Moved abroad"],
            sam.History.Select(h => h.Description).ToArray());
    }

    [Fact]
    public void A_ring_outside_one_to_five_or_an_unknown_relationship_is_refused()
    {
        Assert.Equal(ErrorCode.InvalidInput, Assert.Throws<DomainException>(() => PersonRules.AddRelationship(Sam(), new Relationship("Jo", RelationshipKind.Friend, 6), At)).Code);
        Assert.Equal(ErrorCode.NotFound, Assert.Throws<DomainException>(() => PersonRules.RemoveRelationship(Sam(), "r9", null, At)).Code);
    }
}
