namespace SupportGrains.Grains.Staff;

/// <summary>A colleague joining, a candidate coming forward and starting employment, leaving, and availability: each decision gives the next state or refuses.</summary>
public static class StaffRules
{
    public static StaffState Create(NewStaffMember staff)
    {
        ArgumentNullException.ThrowIfNull(staff);
        return new StaffState
        {
            OrganisationId = staff.OrganisationId,
            Name = Require.Name(staff.Name, "name"),
            Role = Require.Name(staff.Role, "role"),
            IsLeader = staff.IsLeader,
            Contract = staff.Contract,
            StartedOn = Require.Day(staff.StartedOn, "startedOn"),
            ContractedHoursPerWeek = Require.Hours(staff.ContractedHoursPerWeek, "contractedHoursPerWeek"),
            RecruitedForPersonId = staff.RecruitedForPersonId,
            Interests = Require.Texts(staff.Interests, "interests"),
        };
    }

    public static StaffState CreateCandidate(NewCandidate candidate, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        return new StaffState
        {
            OrganisationId = candidate.OrganisationId,
            Name = Require.Name(candidate.Name, "name"),
            Role = "Candidate",
            RecruitedForPersonId = candidate.RecruitedForPersonId,
            Contact = new ContactDetails(
                Require.OptionalName(candidate.Contact.Email, "email"),
                Require.OptionalName(candidate.Contact.Phone, "phone"),
                Require.OptionalText(candidate.Contact.Note, "note")),
            CandidateSince = at,
        };
    }

    /// <summary>A candidate becomes a colleague, keeping their id, contact details and matches.</summary>
    public static StaffState StartEmployment(StaffState candidate, Employment employment)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(employment);
        if (candidate.StartedOn is { } started)
        {
            throw DomainException.InvalidTransition($"{candidate.Name} started employment on {started:yyyy-MM-dd} already.");
        }

        return candidate with
        {
            StartedOn = Require.Day(employment.StartedOn, "startedOn"),
            Role = Require.Name(employment.Role, "role"),
            IsLeader = employment.IsLeader,
            Contract = employment.Contract,
            ContractedHoursPerWeek = Require.Hours(employment.ContractedHoursPerWeek, "contractedHoursPerWeek"),
        };
    }

    public static StaffState Leave(StaffState staff, DateOnly leftOn, string? reason)
    {
        ArgumentNullException.ThrowIfNull(staff);
        Require.Day(leftOn, "leftOn");
        if (staff.StartedOn is not { } started)
        {
            throw DomainException.InvalidTransition($"{staff.Name} is a candidate, not employed, so cannot leave: end their matches instead.");
        }

        if (leftOn < started)
        {
            throw DomainException.InvalidInput($"{staff.Name} cannot leave on {leftOn:yyyy-MM-dd}, before starting on {started:yyyy-MM-dd}.");
        }

        return staff with { LeftOn = leftOn, LeavingReason = Require.OptionalText(reason, "reason") };
    }

    public static StaffState SetAvailability(StaffState staff, AvailabilityChange change)
    {
        ArgumentNullException.ThrowIfNull(staff);
        ArgumentNullException.ThrowIfNull(change);
        Require.Day(change.From, "from");
        Require.OptionalDay(change.Until, "until");
        if (change.Until is { } until && until < change.From)
        {
            throw DomainException.InvalidInput($"The availability of {staff.Name} cannot end ({until:yyyy-MM-dd}) before it starts ({change.From:yyyy-MM-dd}).");
        }

        return staff with { AvailabilityHistory = staff.AvailabilityHistory.Add(change with { Note = Require.OptionalText(change.Note, "note") }) };
    }
}
