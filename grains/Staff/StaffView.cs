using System.Collections.Immutable;

namespace SupportGrains.Grains.Staff;

/// <summary>A staff member (or a candidate, who has no start day yet) as others see them.</summary>
[GenerateSerializer, Immutable]
[Alias("SupportGrains.StaffView")]
public sealed record StaffView(
    string Id,
    string OrganisationId,
    string Name,
    string Role,
    bool IsLeader,
    ContractType Contract,
    DateOnly? StartedOn,
    DateOnly? LeftOn,
    string? LeavingReason,
    double ContractedHoursPerWeek,
    ImmutableArray<string> Interests,
    string? RecruitedForPersonId,
    ImmutableArray<AvailabilityChange> AvailabilityHistory)
{
    [Id(0)]
    public ContactDetails Contact { get; init; } = ContactDetails.None;

    [Id(1)]
    public DateTimeOffset? CandidateSince { get; init; }

    /// <summary>DOMAIN.md "Candidates": interested or applying, not staff until they start employment.</summary>
    public bool IsCandidate => StartedOn is null;

    /// <summary>DOMAIN.md "Current on day D": started on or before the day and not yet left. A candidate is never current staff.</summary>
    public bool IsCurrentOn(DateOnly day) => StartedOn is { } started && started <= day && (LeftOn is null || LeftOn > day);

    public Availability AvailabilityOn(DateOnly day) => AvailabilityRules.On(AvailabilityHistory, day);

    public bool IsAvailableOn(DateOnly day) => AvailabilityOn(day).Status == AvailabilityStatus.Available;

    /// <summary>Permanent and temporary staff fill posts; bank and agency staff and candidates do not.</summary>
    public bool FillsAPost => !IsCandidate && Contract is ContractType.Permanent or ContractType.Temporary;
}
