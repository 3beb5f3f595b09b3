namespace SupportGrains.Grains.Staff;

/// <summary>A colleague's availability on a day, with the window it comes from (none when simply available).</summary>
[GenerateSerializer, Immutable]
[Alias("SupportGrains.Availability")]
public sealed record Availability(AvailabilityStatus Status, DateOnly? From, DateOnly? Until, string? Note)
{
    public static Availability Available { get; } = new(AvailabilityStatus.Available, null, null, null);
}
