namespace SupportGrains.Grains.Staff;

/// <summary>A colleague joining, leaving, and changing their availability: each decision gives the next state or refuses.</summary>
public static class StaffRules
{
    public static StaffState Create(NewStaffMember staff)
    {
        ArgumentNullException.ThrowIfNull(staff);
        return new StaffState
        {
            OrganisationId = staff.OrganisationId,
            Name = Require.Text(staff.Name, "A staff member's name"),
            Role = Require.Text(staff.Role, "A staff member's role"),
            IsLeader = staff.IsLeader,
            Contract = staff.Contract,
            StartedOn = staff.StartedOn,
            ContractedHoursPerWeek = Require.Hours(staff.ContractedHoursPerWeek, "Contracted hours"),
            RecruitedForPersonId = staff.RecruitedForPersonId,
            Interests = staff.Interests.IsDefault ? [] : staff.Interests,
        };
    }

    public static StaffState Leave(StaffState staff, DateOnly leftOn, string? reason)
    {
        ArgumentNullException.ThrowIfNull(staff);
        if (leftOn < staff.StartedOn)
        {
            throw DomainException.InvalidInput($"{staff.Name} cannot leave on {leftOn:yyyy-MM-dd}, before starting on {staff.StartedOn:yyyy-MM-dd}.");
        }

        return staff with { LeftOn = leftOn, LeavingReason = Require.OptionalText(reason) };
    }

    public static StaffState SetAvailability(StaffState staff, AvailabilityChange change)
    {
        ArgumentNullException.ThrowIfNull(staff);
        ArgumentNullException.ThrowIfNull(change);
        if (change.Until is { } until && until < change.From)
        {
            throw DomainException.InvalidInput($"The availability of {staff.Name} cannot end ({until:yyyy-MM-dd}) before it starts ({change.From:yyyy-MM-dd}).");
        }

        return staff with { AvailabilityHistory = staff.AvailabilityHistory.Add(change) };
    }
}
