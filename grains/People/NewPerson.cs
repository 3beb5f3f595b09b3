using System.Collections.Immutable;

namespace SupportGrains.Grains.People;

/// <summary>A person an organisation takes on.</summary>
public sealed record NewPerson(
    string OrganisationId,
    string Name,
    DateOnly SupportStartedOn,
    double FundedHoursPerWeek,
    string? SizeGuidanceOverrideReason = null)
{
    public string? SupportRatio { get; init; }

    public OnePageProfile Profile { get; init; } = OnePageProfile.Empty;

    public ImmutableArray<Relationship> Relationships { get; init; } = [];
}
