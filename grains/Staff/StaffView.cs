using System.Collections.Immutable;
using SupportGrains.Grains.Common;

namespace SupportGrains.Grains.Staff;

/// <summary>A staff member as others see them.</summary>
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
    ImmutableArray<AvailabilityChange> AvailabilityHistory,
    ImmutableArray<KnowsLink> KnowsPeople,
    ImmutableArray<KnowsLink> KnowsStaff,
    ImmutableArray<string> MatchIds)
{
    /// <summary>DOMAIN.md: current while leftOn is empty or after the day.</summary>
    public bool IsCurrentOn(DateOnly day) => LeftOn is null || LeftOn > day;

    public Availability AvailabilityOn(DateOnly day) => AvailabilityRules.On(AvailabilityHistory, day);

    public bool IsAvailableOn(DateOnly day) => AvailabilityOn(day).Status == AvailabilityStatus.Available;

    /// <summary>Permanent and temporary staff fill posts; bank and agency staff do not.</summary>
    public bool FillsAPost => Contract is ContractType.Permanent or ContractType.Temporary;
}
