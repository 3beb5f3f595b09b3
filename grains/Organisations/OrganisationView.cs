using System.Collections.Immutable;

namespace SupportGrains.Grains.Organisations;

/// <summary>An organisation as others see it.</summary>
[GenerateSerializer, Immutable]
[Alias("SupportGrains.OrganisationView")]
public sealed record OrganisationView(
    string Id,
    string Name,
    DateOnly StartedOn,
    int FundedPosts,
    ImmutableArray<string> Localities,
    SizeGuidance Guidance,
    ImmutableArray<string> PersonIds,
    ImmutableArray<string> StaffIds,
    OrganisationSettings Settings);
