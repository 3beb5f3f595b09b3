using System.Collections.Immutable;

namespace SupportGrains.Grains.Organisations;

/// <summary>A Small Supports organisation starting out in SupportGrains.</summary>
public sealed record NewOrganisation(string Name, DateOnly StartedOn, int FundedPosts)
{
    public ImmutableArray<string> Localities { get; init; } = [];

    public SizeGuidance Guidance { get; init; } = SizeGuidance.Default;
}
