using System.Collections.Immutable;
using SupportGrains.Silo;

namespace SupportGrains.Grains.Organisations;

/// <summary>The list of organisations (one grain, key <see cref="Key"/>).</summary>
public interface IOrganisationCatalogGrain : IGrainWithStringKey
{
    public const string Key = "all";

    Task AddAsync(string organisationId);

    [ReadOnly]
    Task<ImmutableArray<string>> OrganisationIdsAsync();
}
