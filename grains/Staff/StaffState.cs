using System.Collections.Immutable;

namespace SupportGrains.Grains.Staff;

/// <summary>What a staff member's grain keeps.</summary>
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

    [Id(5)]
    public DateOnly StartedOn { get; init; }

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
}
