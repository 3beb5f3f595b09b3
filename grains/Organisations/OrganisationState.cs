using System.Collections.Immutable;

namespace SupportGrains.Grains.Organisations;

/// <summary>What an organisation's grain keeps: itself, its guidance, and who belongs to it.</summary>
[GenerateSerializer]
[Alias("SupportGrains.OrganisationState")]
public sealed record OrganisationState
{
    [Id(0)]
    public string Name { get; init; } = "";

    [Id(1)]
    public DateOnly StartedOn { get; init; }

    [Id(2)]
    public int FundedPosts { get; init; }

    [Id(3)]
    public ImmutableArray<string> Localities { get; init; } = [];

    [Id(4)]
    public SizeGuidance Guidance { get; init; } = SizeGuidance.Default;

    /// <summary>People taken on, in order. An id is listed before the person's grain is written, so an id without a person is skipped.</summary>
    [Id(5)]
    public ImmutableArray<string> PersonIds { get; init; } = [];

    /// <summary>Colleagues, in order; listed before the colleague's grain is written, like people.</summary>
    [Id(6)]
    public ImmutableArray<string> StaffIds { get; init; } = [];

    [Id(7)]
    public OrganisationSettings Settings { get; init; } = OrganisationSettings.Default;
}
