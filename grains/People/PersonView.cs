using System.Collections.Immutable;
using SupportGrains.Grains.Common;

namespace SupportGrains.Grains.People;

/// <summary>A person supported, as others see them.</summary>
public sealed record PersonView(
    string Id,
    string OrganisationId,
    string Name,
    DateOnly SupportStartedOn,
    DateOnly? SupportEndedOn,
    double FundedHoursPerWeek,
    string? SupportRatio,
    OnePageProfile Profile,
    ImmutableArray<Relationship> Relationships,
    string? SizeGuidanceOverrideReason,
    ImmutableArray<KnowsLink> KnownBy)
{
    /// <summary>DOMAIN.md: current while supportEndedOn is empty or after the day.</summary>
    public bool IsCurrentOn(DateOnly day) => SupportEndedOn is null || SupportEndedOn > day;

    public string TeamId => Ids.TeamOf(Id);
}
