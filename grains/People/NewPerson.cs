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

    /// <summary>How many staff support the person at once at most: 1 for 1:1, 2 for 2:1.</summary>
    [Id(1)]
    public int SupportRatio { get; init; } = 1;

    /// <summary>When the ratio applies, in words, e.g. "when out in the community".</summary>
    [Id(4)]
    public string? SupportRatioNote { get; init; }

    [Id(2)]
    public OnePageProfile Profile { get; init; } = OnePageProfile.Empty;

    [Id(3)]
    public ImmutableArray<Relationship> Relationships { get; init; } = [];
}
