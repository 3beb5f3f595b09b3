namespace SupportGrains.Grains.Matches;

/// <summary>Hours a week allocated to the person through a match, from a day until a day (open while it is the one in force). Every allocation is kept.</summary>
[GenerateSerializer, Immutable]
[Alias("SupportGrains.HoursAllocation")]
public sealed record HoursAllocation(DateOnly From, DateOnly? To, double HoursPerWeek, DateTimeOffset RecordedAt)
{
    public bool Covers(DateOnly day) => From <= day && (To is null || day <= To);
}
