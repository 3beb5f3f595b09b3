using System.Collections.Immutable;

namespace SupportGrains.Grains.Organisations;

/// <summary>What an organisation's grain keeps: itself, its guidance, and who belongs to it.</summary>
public sealed record OrganisationState
{
    public bool Exists { get; init; }

    public string Name { get; init; } = "";

    public DateOnly StartedOn { get; init; }

    public int FundedPosts { get; init; }

    public ImmutableArray<string> Localities { get; init; } = [];

    public SizeGuidance Guidance { get; init; } = SizeGuidance.Default;

    public ImmutableArray<string> PersonIds { get; init; } = [];

    public ImmutableArray<string> StaffIds { get; init; } = [];

    public ImmutableArray<string> MatchIds { get; init; } = [];
}
