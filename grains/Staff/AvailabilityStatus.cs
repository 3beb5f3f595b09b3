namespace SupportGrains.Grains.Staff;

/// <summary>Whether a colleague can work.</summary>
[GenerateSerializer]
[Alias("SupportGrains.AvailabilityStatus")]
public enum AvailabilityStatus
{
    Available,
    OnLeave,
    OffSick,
    Unavailable,
}
