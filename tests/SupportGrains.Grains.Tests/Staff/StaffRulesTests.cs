using SupportGrains.Grains.Staff;

namespace SupportGrains.Grains.Tests.Staff;

/// <summary>DOMAIN.md "Candidates": not staff until they start employment, when they become a colleague with the same history.</summary>
public sealed class StaffRulesTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 24);

    [Fact]
    public void A_candidate_has_contact_details_and_no_start_day_until_they_start_employment()
    {
        var candidate = StaffRules.CreateCandidate(new NewCandidate("org", "Ade Price", new ContactDetails("ade@example.org", null, "Met at the fair")), At);

        var employed = StaffRules.StartEmployment(candidate, new Employment(Today, "Support worker", false, ContractType.Permanent, 30));

        Assert.Null(candidate.StartedOn);
        Assert.Equal("ade@example.org", candidate.Contact.Email);
        Assert.Equal(Today, employed.StartedOn);
        Assert.Equal("ade@example.org", employed.Contact.Email);
        Assert.Equal(ErrorCode.InvalidTransition, Assert.Throws<DomainException>(() => StaffRules.StartEmployment(employed, new Employment(Today, "Support worker", false, ContractType.Permanent, 30))).Code);
    }

    [Fact]
    public void A_candidate_cannot_leave_a_job_they_do_not_have()
    {
        var candidate = StaffRules.CreateCandidate(new NewCandidate("org", "Ade Price", ContactDetails.None), At);

        Assert.Equal(ErrorCode.InvalidTransition, Assert.Throws<DomainException>(() => StaffRules.Leave(candidate, Today, null)).Code);
    }

    [Fact]
    public void Booked_leave_stays_booked_when_sickness_is_recorded_afterwards()
    {
        var alex = StaffRules.Create(new NewStaffMember("org", "Alex", "Support worker", false, ContractType.Permanent, Today.AddYears(-1), 30));
        alex = StaffRules.SetAvailability(alex, new AvailabilityChange(AvailabilityStatus.OnLeave, new DateOnly(2026, 12, 20), new DateOnly(2026, 12, 31), "Christmas", At));
        alex = StaffRules.SetAvailability(alex, new AvailabilityChange(AvailabilityStatus.OffSick, Today, new DateOnly(2026, 12, 4), null, At));

        Assert.Equal(AvailabilityStatus.OffSick, AvailabilityRules.On(alex.AvailabilityHistory, Today).Status);
        Assert.Equal(AvailabilityStatus.Available, AvailabilityRules.On(alex.AvailabilityHistory, new DateOnly(2026, 12, 10)).Status);
        Assert.Equal(AvailabilityStatus.OnLeave, AvailabilityRules.On(alex.AvailabilityHistory, new DateOnly(2026, 12, 24)).Status);
    }
}
