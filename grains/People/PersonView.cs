using System.Collections.Immutable;

namespace SupportGrains.Grains.People;

/// <summary>A person supported, as others see them.</summary>
[GenerateSerializer, Immutable]
[Alias("SupportGrains.PersonView")]
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
    string? SizeGuidanceOverrideReason)
{
    /// <summary>DOMAIN.md "Current on day D": support started on or before the day and has not ended by it.</summary>
    public bool IsCurrentOn(DateOnly day) => SupportStartedOn <= day && (SupportEndedOn is null || SupportEndedOn > day);

    public string TeamId => Ids.TeamOf(Id);
}
