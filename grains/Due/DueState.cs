using System.Collections.Immutable;

namespace SupportGrains.Grains.Due;

/// <summary>What the due grain of an organisation keeps: everything recorded as due, in the order it was recorded.</summary>
[GenerateSerializer]
[Alias("SupportGrains.DueState")]
public sealed record DueState
{
    [Id(0)]
    public ImmutableArray<RecordedDue> Recorded { get; init; } = [];

    /// <summary>The last day the organisation's due items were looked at and recorded.</summary>
    [Id(1)]
    public DateOnly? RecordedThrough { get; init; }

    public static DueState Empty { get; } = new();

    public RecordedDue? Find(string key) => Recorded.FirstOrDefault(r => r.Item.Key == key);
}
