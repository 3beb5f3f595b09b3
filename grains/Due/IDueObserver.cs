using System.Collections.Immutable;

namespace SupportGrains.Grains.Due;

/// <summary>Told each time items are recorded as due in an organisation (a subscription of the API, for example).</summary>
[Alias("SupportGrains.IDueObserver")]
public interface IDueObserver : IGrainObserver
{
    /// <summary>The items just recorded, nearest first.</summary>
    [OneWay, Alias("Recorded")]
    Task RecordedAsync(ImmutableArray<RecordedDue> recorded);
}
