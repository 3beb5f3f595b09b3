using System.Collections.Immutable;

namespace SupportGrains.Grains.Staff;

/// <summary>A colleague joining an organisation.</summary>
[GenerateSerializer, Immutable]
[Alias("SupportGrains.NewStaffMember")]
public sealed record NewStaffMember(
    string OrganisationId,
    string Name,
    string Role,
    bool IsLeader,
    ContractType Contract,
    DateOnly StartedOn,
    double ContractedHoursPerWeek,
    string? RecruitedForPersonId = null,
    ImmutableArray<string> Interests = default)
{
    /// <summary>A chosen id (sample data); otherwise one is made.</summary>
    [Id(0)]
    public string? Id { get; init; }
}
