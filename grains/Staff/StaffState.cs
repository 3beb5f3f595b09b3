using System.Collections.Immutable;
using SupportGrains.Grains.Common;

namespace SupportGrains.Grains.Staff;

/// <summary>What a staff member's grain keeps.</summary>
public sealed record StaffState
{
    public bool Exists { get; init; }

    public string OrganisationId { get; init; } = "";

    public string Name { get; init; } = "";

    public string Role { get; init; } = "";

    public bool IsLeader { get; init; }

    public ContractType Contract { get; init; }

    public DateOnly StartedOn { get; init; }

    public DateOnly? LeftOn { get; init; }

    public string? LeavingReason { get; init; }

    public double ContractedHoursPerWeek { get; init; }

    public ImmutableArray<string> Interests { get; init; } = [];

    public string? RecruitedForPersonId { get; init; }

    public ImmutableArray<AvailabilityChange> AvailabilityHistory { get; init; } = [];

    /// <summary>People supported this colleague knows.</summary>
    public ImmutableArray<KnowsLink> KnowsPeople { get; init; } = [];

    /// <summary>Colleagues this colleague knows.</summary>
    public ImmutableArray<KnowsLink> KnowsStaff { get; init; } = [];

    public ImmutableArray<string> MatchIds { get; init; } = [];
}
