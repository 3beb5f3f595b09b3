using System.Collections.Immutable;

namespace SupportGrains.Grains.Knows;

/// <summary>
/// Who knows whom in one organisation (keyed by the organisation's id): the one place a link is
/// recorded, so it reads the same from either side.
/// </summary>
[Alias("SupportGrains.IKnowsGrain")]
public interface IKnowsGrain : IGrainWithStringKey
{
    /// <summary>Records that a colleague knows a person or another colleague (exactly one of the two), and when they last spent time together.</summary>
    [Alias("Record")]
    Task<KnowsLink> RecordAsync(string staffId, string? personId, string? colleagueId, DateOnly lastTogetherOn, ChangeContext change);

    /// <summary>Every link of the organisation.</summary>
    [ReadOnly, Alias("Links")]
    Task<ImmutableArray<KnowsLink>> LinksAsync();
}
