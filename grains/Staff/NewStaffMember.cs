namespace SupportGrains.Grains.Staff;

/// <summary>A colleague joining an organisation.</summary>
public sealed record NewStaffMember(
    string OrganisationId,
    string Name,
    string Role,
    bool IsLeader,
    ContractType Contract,
    DateOnly StartedOn,
    double ContractedHoursPerWeek,
    string? RecruitedForPersonId = null,
    System.Collections.Immutable.ImmutableArray<string> Interests = default);
