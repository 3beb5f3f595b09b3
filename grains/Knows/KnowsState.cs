using System.Collections.Immutable;

namespace SupportGrains.Grains.Knows;

/// <summary>What an organisation's knows grain keeps: every link, each once.</summary>
[GenerateSerializer]
[Alias("SupportGrains.KnowsState")]
public sealed record KnowsState
{
    [Id(0)]
    public ImmutableArray<KnowsLink> Links { get; init; } = [];
}
