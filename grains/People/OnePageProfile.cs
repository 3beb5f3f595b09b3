using System.Collections.Immutable;

namespace SupportGrains.Grains.People;

/// <summary>A one-page profile: what people like and admire about the person, what matters to them, how best to support them.</summary>
public sealed record OnePageProfile
{
    public ImmutableArray<string> Appreciation { get; init; } = [];

    public ImmutableArray<string> ImportantToMe { get; init; } = [];

    public ImmutableArray<string> HowToSupportMe { get; init; } = [];

    public ImmutableArray<string> Interests { get; init; } = [];

    public static OnePageProfile Empty { get; } = new();
}
