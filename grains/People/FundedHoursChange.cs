namespace SupportGrains.Grains.People;

/// <summary>A change of a person's funded hours (staff-hours a week) and support ratio, from a day; every change is kept.</summary>
[GenerateSerializer, Immutable]
[Alias("SupportGrains.FundedHoursChange")]
public sealed record FundedHoursChange(DateOnly From, double HoursPerWeek, int SupportRatio, DateTimeOffset RecordedAt);
