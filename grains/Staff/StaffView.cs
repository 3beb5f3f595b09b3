using System.Collections.Immutable;

namespace SupportGrains.Grains.Staff;

/// <summary>A staff member as others see them.</summary>
[GenerateSerializer, Immutable]
[Alias("SupportGrains.StaffView")]
public sealed record StaffView(
    string Id,
    string OrganisationId,
    string Name,
    string Role,
    bool IsLeader,
    ContractType Contract,
    DateOnly StartedOn,
    DateOnly? LeftOn,
    string? LeavingReason,
    double ContractedHoursPerWeek,
    ImmutableArray<string> Interests,
    string? RecruitedForPersonId,
    ImmutableArray<AvailabilityChange> AvailabilityHistory)
{
    /// <summary>DOMAIN.md "Current on day D": started on or before the day and not yet left.</summary>
    public bool IsCurrentOn(DateOnly day) => StartedOn <= day && (LeftOn is null || LeftOn > day);

    public Availability AvailabilityOn(DateOnly day) => AvailabilityRules.On(AvailabilityHistory, day);

    public bool IsAvailableOn(DateOnly day) => AvailabilityOn(day).Status == AvailabilityStatus.Available;

    /// <summary>Permanent and temporary staff fill posts; bank and agency staff do not.</summary>
    public bool FillsAPost => Contract is ContractType.Permanent or ContractType.Temporary;
}
