using System.Collections.Immutable;

namespace SupportGrains.Grains.Staff;

/// <summary>What a staff member's (or candidate's) grain keeps. A candidate has no start day until they start employment, and keeps their id and history.</summary>
[GenerateSerializer]
[Alias("SupportGrains.StaffState")]
public sealed record StaffState
{
    [Id(0)]
    public string OrganisationId { get; init; } = "";

    [Id(1)]
    public string Name { get; init; } = "";

    [Id(2)]
    public string Role { get; init; } = "";

    [Id(3)]
    public bool IsLeader { get; init; }

    [Id(4)]
    public ContractType Contract { get; init; }

    /// <summary>The first day of employment; none while a candidate.</summary>
    [Id(5)]
    public DateOnly? StartedOn { get; init; }

    [Id(6)]
    public DateOnly? LeftOn { get; init; }

    [Id(7)]
    public string? LeavingReason { get; init; }

    [Id(8)]
    public double ContractedHoursPerWeek { get; init; }

    [Id(9)]
    public ImmutableArray<string> Interests { get; init; } = [];

    [Id(10)]
    public string? RecruitedForPersonId { get; init; }

    [Id(11)]
    public ImmutableArray<AvailabilityChange> AvailabilityHistory { get; init; } = [];

    [Id(12)]
    public ContactDetails Contact { get; init; } = ContactDetails.None;

    /// <summary>When they came forward as a candidate, if they did.</summary>
    [Id(13)]
    public DateTimeOffset? CandidateSince { get; init; }
}
