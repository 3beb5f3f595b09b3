using System.Collections.Immutable;

namespace SupportGrains.Grains.Organisations;

/// <summary>What the catalog keeps.</summary>
[GenerateSerializer]
[Alias("SupportGrains.CatalogState")]
public sealed record CatalogState
{
    [Id(0)]
    public ImmutableArray<string> OrganisationIds { get; init; } = [];
}
