using System.Collections.Immutable;

namespace SupportGrains.Grains.Organisations;

/// <summary>A Small Supports organisation starting out in SupportGrains.</summary>
[GenerateSerializer, Immutable]
[Alias("SupportGrains.NewOrganisation")]
public sealed record NewOrganisation(string Name, DateOnly StartedOn, int FundedPosts)
{
    /// <summary>A chosen id (sample data); otherwise one is made.</summary>
    [Id(0)]
    public string? Id { get; init; }

    [Id(1)]
    public ImmutableArray<string> Localities { get; init; } = [];

    [Id(2)]
    public SizeGuidance Guidance { get; init; } = SizeGuidance.Default;
}
