using System.Collections.Immutable;

namespace SupportGrains.Grains.People;

/// <summary>A person supported, as others see them. Funded hours and ratio are those in force today; the history has every change.</summary>
[GenerateSerializer, Immutable]
[Alias("SupportGrains.PersonView")]
public sealed record PersonView(
    string Id,
    string OrganisationId,
    string Name,
    DateOnly SupportStartedOn,
    DateOnly? SupportEndedOn,
    double FundedHoursPerWeek,
    int SupportRatio,
    OnePageProfile Profile,
    ImmutableArray<Relationship> Relationships,
    string? SizeGuidanceOverrideReason)
{
    [Id(0)]
    public string? SupportRatioNote { get; init; }

    [Id(1)]
    public ImmutableArray<FundedHoursChange> FundedHoursHistory { get; init; } = [];

    [Id(2)]
    public ImmutableArray<PersonChange> History { get; init; } = [];

    /// <summary>DOMAIN.md "Current on day D": support started on or before the day and has not ended by it.</summary>
    public bool IsCurrentOn(DateOnly day) => SupportStartedOn <= day && (SupportEndedOn is null || SupportEndedOn > day);

    /// <summary>The funded hours in force on a day (the latest change from on or before it; the first one before any).</summary>
    public double FundedHoursOn(DateOnly day) => FundedHoursHistory.IsDefaultOrEmpty ? FundedHoursPerWeek : PersonRules.FundedOn(FundedHoursHistory, day).HoursPerWeek;

    public string TeamId => Ids.TeamOf(Id);
}
