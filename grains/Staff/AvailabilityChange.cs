namespace SupportGrains.Grains.Staff;

/// <summary>
/// One change of availability: <see cref="Status"/> from <see cref="From"/> until <see cref="Until"/>
/// (both days inclusive; no until means until further notice). Every change is kept.
/// </summary>
[GenerateSerializer, Immutable]
[Alias("SupportGrains.AvailabilityChange")]
public sealed record AvailabilityChange(AvailabilityStatus Status, DateOnly From, DateOnly? Until, string? Note, DateTimeOffset RecordedAt)
{
    public bool Covers(DateOnly day) => day >= From && (Until is null || day <= Until);
}
