using SupportGrains.Grains.Staff;

namespace SupportGrains.Grains.Rota;

/// <summary>
/// A clash on a rostered shift, said in words: the colleague is on another shift at the same time
/// (in this team or another person's), or on leave, off sick, unavailable or not employed that day.
/// </summary>
[GenerateSerializer, Immutable]
[Alias("SupportGrains.Clash")]
public sealed record Clash(ClashKind Kind, string StaffId, string ShiftId, DateOnly Day, string Message)
{
    /// <summary>The other shift of a double booking.</summary>
    [Id(0)]
    public string? OtherShiftId { get; init; }

    /// <summary>The person whose team the other shift is in.</summary>
    [Id(1)]
    public string? OtherPersonId { get; init; }

    /// <summary>The colleague's availability that day, for NOT_AVAILABLE (none when they are not employed that day).</summary>
    [Id(2)]
    public AvailabilityStatus? Status { get; init; }
}
