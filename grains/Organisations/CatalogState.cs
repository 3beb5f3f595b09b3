using System.Collections.Immutable;

namespace SupportGrains.Grains.Organisations;

/// <summary>What the catalog keeps.</summary>
public sealed record CatalogState
{
    public ImmutableArray<string> OrganisationIds { get; init; } = [];
}
