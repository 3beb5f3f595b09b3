namespace SupportGrains.Grains.Staff;

/// <summary>Whether a colleague can work.</summary>
public enum AvailabilityStatus
{
    Available,
    OnLeave,
    OffSick,
    Unavailable,
}
