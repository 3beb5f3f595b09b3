namespace SupportGrains.Grains.Due;

/// <summary>
/// Something that became due and was recorded as due: the item as it stood then, the day it was
/// recorded (later than its due day when the app was not running on that day), and, once a
/// colleague has seen to it, who marked it done and when.
/// </summary>
[GenerateSerializer, Immutable]
[Alias("SupportGrains.RecordedDue")]
public sealed record RecordedDue(DueItem Item, DateOnly RecordedOn, DateTimeOffset RecordedAt)
{
    [Id(0)]
    public string? DoneBy { get; init; }

    [Id(1)]
    public DateTimeOffset? DoneAt { get; init; }

    public bool IsDone => DoneAt is not null;
}
