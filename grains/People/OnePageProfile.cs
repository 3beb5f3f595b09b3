using System.Collections.Immutable;

namespace SupportGrains.Grains.People;

/// <summary>A one-page profile: what people like and admire about the person, what matters to them, how best to support them.</summary>
[GenerateSerializer, Immutable]
[Alias("SupportGrains.OnePageProfile")]
public sealed record OnePageProfile
{
    [Id(0)]
    public ImmutableArray<string> Appreciation { get; init; } = [];

    [Id(1)]
    public ImmutableArray<string> ImportantToMe { get; init; } = [];

    [Id(2)]
    public ImmutableArray<string> HowToSupportMe { get; init; } = [];

    [Id(3)]
    public ImmutableArray<string> Interests { get; init; } = [];

    public static OnePageProfile Empty { get; } = new();
}
