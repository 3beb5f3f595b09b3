using System.Collections.Immutable;

namespace SupportGrains.Grains.People;

/// <summary>A person an organisation takes on.</summary>
[GenerateSerializer, Immutable]
[Alias("SupportGrains.NewPerson")]
public sealed record NewPerson(
    string OrganisationId,
    string Name,
    DateOnly SupportStartedOn,
    double FundedHoursPerWeek,
    string? SizeGuidanceOverrideReason = null)
{
    /// <summary>A chosen id (sample data); otherwise one is made.</summary>
    [Id(0)]
    public string? Id { get; init; }

    [Id(1)]
    public string? SupportRatio { get; init; }

    [Id(2)]
    public OnePageProfile Profile { get; init; } = OnePageProfile.Empty;

    [Id(3)]
    public ImmutableArray<Relationship> Relationships { get; init; } = [];
}
